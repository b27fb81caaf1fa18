import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { formatJoinCode } from '../../../../shared/workshops/join-code';

/** The address a participant opens to join: /w/<code> on this server. */
const joinUrl = (code: string) => `${location.origin}/w/${code}`;

/** The join URL as a QR code (an SVG in a data URL), or null while it is drawn. */
function useQrCode(url: string): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => current && setDataUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => current && setDataUrl(null),
    );
    return () => {
      current = false;
    };
  }, [url]);
  return dataUrl;
}

/** How to join: the code in two groups, the address, and (optionally) a QR code of the address. */
export function JoinPanel({ code, qr = false, className }: { code: string; qr?: boolean; className?: string }) {
  const url = joinUrl(code);
  const qrCode = useQrCode(qr ? url : '');
  return (
    <div className={className}>
      <p className="join-code-line">
        {t('workshop.join.codeLabel')} <strong data-testid="join-code">{formatJoinCode(code)}</strong>
      </p>
      <p className="join-url-line">
        {t('workshop.join.urlLabel')} <span data-testid="join-url">{url}</span>
      </p>
      {qr && qrCode && <img className="join-qr" src={qrCode} alt={t('workshop.join.qrAlt', { url })} width={240} height={240} />}
    </div>
  );
}
