/**
 * The add-measure form. An administrative power (bevoegdheid) needs its kind and shows its legal
 * basis; a behavioural measure needs the four EAST parts and a hypothesis ("if we do X, then Y
 * changes, because Z"), as the API demands (missions/measure-schema.ts). Pure.
 */
import type { MeasureBody } from './api.ts';
import type { EastDesign, MeasureType, PowerKind } from './types.ts';

export interface MeasureFormState {
  title: string;
  description: string;
  type: MeasureType;
  powerKind: PowerKind | '';
  legalBasis: string;
  startDate: string;
  endDate: string;
  design: EastDesign;
  hypothesis: string;
}

export const emptyMeasureForm = (): MeasureFormState => ({
  title: '',
  description: '',
  type: 'preventive',
  powerKind: '',
  legalBasis: '',
  startDate: '',
  endDate: '',
  design: { easy: '', attractive: '', social: '', timely: '' },
  hypothesis: '',
});

export const EAST_PARTS = ['easy', 'attractive', 'social', 'timely'] as const;

/**
 * The legal basis of each power as the server fills it in (missions/measure-schema.ts LEGAL_BASIS);
 * shown in the form before saving. The server's reply is what is stored and shown afterwards.
 */
export const LEGAL_BASIS: Record<PowerKind, string> = {
  gebiedsverbod: 'art. 172a Gemeentewet',
  sluiting: 'art. 13b Opiumwet',
  camera: 'art. 151c Gemeentewet',
  bibob: 'Wet Bibob',
};

export type MeasureErrors = Partial<Record<'title' | 'powerKind' | 'hypothesis' | 'endDate' | (typeof EAST_PARTS)[number], string>>;

export function checkMeasureForm(s: MeasureFormState): MeasureErrors {
  const e: MeasureErrors = {};
  if (s.title.trim().length < 3) e.title = 'titleShort';
  if (s.type === 'administrative-power' && !s.powerKind) e.powerKind = 'required';
  if (s.type === 'behavioural') {
    for (const part of EAST_PARTS) if (!s.design[part].trim()) e[part] = 'required';
    if (!s.hypothesis.trim()) e.hypothesis = 'required';
  }
  if (s.startDate && s.endDate && s.endDate < s.startDate) e.endDate = 'notBeforeStart';
  return e;
}

export function measureBody(s: MeasureFormState): MeasureBody | null {
  if (Object.keys(checkMeasureForm(s)).length) return null;
  const body: MeasureBody = { title: s.title.trim(), description: s.description.trim(), type: s.type };
  if (s.type === 'administrative-power' && s.powerKind) {
    body.powerKind = s.powerKind;
    if (s.legalBasis.trim()) body.legalBasis = s.legalBasis.trim();
  }
  if (s.type === 'behavioural') {
    body.design = {
      easy: s.design.easy.trim(),
      attractive: s.design.attractive.trim(),
      social: s.design.social.trim(),
      timely: s.design.timely.trim(),
    };
    body.hypothesis = s.hypothesis.trim();
  }
  if (s.startDate) body.startDate = s.startDate;
  if (s.endDate) body.endDate = s.endDate;
  return body;
}
