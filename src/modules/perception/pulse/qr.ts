/**
 * QR codes for the pulse questionnaire link of a buurt (package `qrcode`, MIT). The link points at
 * the web page `/buurtpeiling/{buurtCode}` on the public URL (STADSVEILIG_PUBLIC_URL, else the
 * request's own origin). Error correction M: still readable when a poster is partly damaged.
 */
import QRCode from 'qrcode';

export const questionnairePath = (buurtCode: string) => `/buurtpeiling/${buurtCode}`;

export function questionnaireUrl(origin: string, buurtCode: string): string {
  return new URL(questionnairePath(buurtCode), origin).toString();
}

export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export async function qrPng(url: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width });
}
