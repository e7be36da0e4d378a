/**
 * State and actions of the resident's report form; the rules themselves are pure (report-form.ts).
 * Sending keeps one Idempotency-Key per draft, so "try again" after a network error can never
 * create a second report; changing the draft starts a new key.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { createSignal, nearbySignals, suggestCategory, uploadPhoto } from './api.ts';
import { takeReportForm } from './report-prefetch.ts';
import { indexCategories, type CategoryIndex } from './categories.ts';
import {
  STEPS,
  checkPhotos,
  emptyDraft,
  fieldErrorsFromProblem,
  firstInvalidStep,
  hasErrors,
  intakeBody,
  newIdempotencyKey,
  validateStep,
  waitBeforeSend,
  DESCRIPTION_MIN,
  type FieldErrors,
  type PhotoProblem,
  type ReportDraft,
  type Step,
} from './report-form.ts';
import type { FormStart, IntakeReply, NearbySignal, Suggestion } from './types.ts';
import { errorText } from '../../ui/use-async.ts';

export interface SendResult {
  reply: IntakeReply;
  photosFailed: string[];
  /** The e-mail address given, and whether the resident asked to be kept informed (the reply says what will be sent). */
  email: string | null;
  wantsMail: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function useReportForm(csrfToken: string | null) {
  const [form, setForm] = useState<(FormStart & { startedAt: number }) | null>(null);
  const [categories, setCategories] = useState<CategoryIndex | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft);
  const [step, setStep] = useState<Step>('place');
  const [errors, setErrors] = useState<FieldErrors & Record<string, string>>({});
  const [manualCategory, setManualCategory] = useState(false);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoProblems, setPhotoProblems] = useState<Array<{ name: string; problem: PhotoProblem }>>([]);
  const [honeypot, setHoneypot] = useState('');
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<{ detail: string; network: boolean } | null>(null);
  const [result, setResult] = useState<SendResult | null>(null);
  const [upload, setUpload] = useState<{ done: number; total: number } | null>(null);
  const key = useRef<string | null>(null);

  useEffect(() => {
    takeReportForm()
      .then(([f, c]) => {
        setForm({ ...f, startedAt: Date.now() });
        setCategories(indexCategories(c.categories));
      })
      .catch((e: unknown) => setLoadError(errorText(e)));
  }, []);

  const update = useCallback(<K extends keyof ReportDraft>(field: K, value: ReportDraft[K]) => {
    key.current = null;
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => {
      const { [field]: _gone, ...rest } = e;
      return rest;
    });
  }, []);
  const patch = useCallback((p: Partial<ReportDraft>) => {
    key.current = null;
    setDraft((d) => ({ ...d, ...p }));
    setErrors({});
  }, []);

  const suggestion = useSuggestion(draft.description, csrfToken);
  useEffect(() => {
    if (suggestion && !manualCategory) update('categorySlug', suggestion.categorySlug);
  }, [suggestion, manualCategory, update]);
  const nearby = useNearby(step === 'contact' ? draft.point : null, draft.categorySlug);

  const chooseCategory = (slug: string) => {
    setManualCategory(true);
    update('categorySlug', slug);
  };

  const addPhotos = (files: File[]) => {
    const checked = checkPhotos(photos.length, files);
    setPhotos((p) => [...p, ...checked.accepted]);
    setPhotoProblems(checked.rejected);
  };
  const removePhoto = (index: number) => setPhotos((p) => p.filter((_, i) => i !== index));

  /** Validates the current step; moves on when valid. Returns true when the step changed. */
  const next = (): boolean => {
    const e = validateStep(step, draft);
    setErrors(e);
    if (hasErrors(e)) return false;
    const i = STEPS.indexOf(step);
    if (i < STEPS.length - 1) setStep(STEPS[i + 1] as Step);
    return true;
  };
  const back = () => {
    setErrors({});
    const i = STEPS.indexOf(step);
    if (i > 0) setStep(STEPS[i - 1] as Step);
  };

  const send = async (): Promise<void> => {
    if (!form || sending) return;
    const invalid = firstInvalidStep(draft);
    if (invalid) {
      setStep(invalid);
      setErrors(validateStep(invalid, draft));
      return;
    }
    setSending(true);
    setSendError(null);
    key.current ??= newIdempotencyKey();
    const outcome = await sendReport(form, draft, honeypot, photos, key.current, csrfToken, setUpload);
    setSending(false);
    setUpload(null);
    if ('reply' in outcome) {
      setResult(outcome);
      return;
    }
    const target = STEPS.find((s) => Object.keys(outcome.fields).some((f) => stepOfField(f) === s));
    if (target && target !== step) setStep(target);
    setErrors(outcome.fields);
    setSendError({ detail: outcome.detail, network: outcome.network });
  };

  return {
    form,
    categories,
    loadError,
    draft,
    step,
    errors,
    suggestion,
    manualCategory,
    photos,
    photoProblems,
    nearby,
    honeypot,
    sending,
    sendError,
    result,
    upload,
    update,
    patch,
    chooseCategory,
    addPhotos,
    removePhoto,
    next,
    back,
    send,
    setHoneypot,
  };
}

export type ReportForm = ReturnType<typeof useReportForm>;

/** Sends the report (after the bot-check wait), then the photos with the tracking token. */
async function sendReport(
  form: FormStart & { startedAt: number },
  draft: ReportDraft,
  honeypot: string,
  photos: File[],
  key: string,
  csrf: string | null,
  onUpload: (p: { done: number; total: number }) => void,
): Promise<SendResult | { detail: string; network: boolean; fields: Record<string, string> }> {
  try {
    await sleep(waitBeforeSend(form.startedAt, form.minSeconds));
    const intake = intakeBody(draft, form.formToken, honeypot);
    const reply = await createSignal(intake, key, csrf);
    const photosFailed: string[] = [];
    for (const [i, photo] of photos.entries()) {
      onUpload({ done: i, total: photos.length });
      await uploadPhoto(reply.trackingToken, photo, csrf).catch(() => photosFailed.push(photo.name));
    }
    return { reply, photosFailed, email: intake.email ?? null, wantsMail: intake.updates === true };
  } catch (e) {
    if (e instanceof ApiError) return { detail: e.problem.detail, network: false, fields: fieldErrorsFromProblem(e.problem.errors) };
    return { detail: errorText(e), network: true, fields: {} };
  }
}

/** The category suggestion for the description (debounced); null until there is enough text. */
function useSuggestion(description: string, csrf: string | null): Suggestion | null {
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const text = description.trim();
  useEffect(() => {
    if (text.length < DESCRIPTION_MIN) return;
    const timer = setTimeout(() => {
      suggestCategory(text, csrf)
        .then(setSuggestion)
        .catch(() => setSuggestion(null));
    }, 500);
    return () => clearTimeout(timer);
  }, [text, csrf]);
  return suggestion;
}

/** "Is this yours?": open reports of the same category within 50 m (asked when a point is given). */
function useNearby(point: ReportDraft['point'], categorySlug: string): NearbySignal[] {
  const [nearby, setNearby] = useState<NearbySignal[]>([]);
  useEffect(() => {
    if (!point || !categorySlug) return;
    let live = true;
    nearbySignals(point.lat, point.lon, categorySlug)
      .then((r) => live && setNearby(r.signals))
      .catch(() => live && setNearby([]));
    return () => {
      live = false;
    };
  }, [point, categorySlug]);
  return nearby;
}

function stepOfField(field: string): Step {
  if (field === 'point' || field === 'addressText' || field === 'buurtCode') return 'place';
  if (field === 'description' || field === 'categorySlug') return 'what';
  return 'contact';
}
