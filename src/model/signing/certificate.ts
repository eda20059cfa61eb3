import { X509Certificate } from 'node:crypto';
import { RampartError } from '../../core/index.ts';

function invalid(message: string, cause?: unknown): RampartError {
  return new RampartError(
    'RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID',
    message,
    cause === undefined ? {} : { cause },
  );
}

/** Read every certificate from PEM text (several blocks allowed) or one DER certificate. */
export function readCertificates(data: string | Buffer): X509Certificate[] {
  const text = typeof data === 'string' ? data : data.toString('latin1');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  try {
    if (blocks) return blocks.map((block) => new X509Certificate(block));
    return [new X509Certificate(Buffer.from(data))];
  } catch (error) {
    throw invalid('could not read an X.509 certificate (PEM or DER expected)', error);
  }
}

interface DerNode {
  tag: number;
  start: number; // content start
  end: number; // content end
}

function readNode(bytes: Buffer, offset: number, limit: number): DerNode {
  if (offset + 2 > limit) throw new Error('truncated DER');
  const tag = bytes[offset]!;
  let length = bytes[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) throw new Error('bad DER length');
    length = 0;
    for (let index = 0; index < count; index++) length = length * 256 + bytes[start + index]!;
    start += count;
  }
  if (start + length > limit) throw new Error('DER length past the end');
  return { tag, start, end: start + length };
}

function children(bytes: Buffer, node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  for (let offset = node.start; offset < node.end; ) {
    const child = readNode(bytes, offset, node.end);
    out.push(child);
    offset = child.end;
  }
  return out;
}

const keyUsageOid = Buffer.from([0x55, 0x1d, 0x0f]); // 2.5.29.15

/** Whether the certificate's KeyUsage extension has the digitalSignature bit (null: no extension). */
export function hasDigitalSignatureUsage(certificate: X509Certificate): boolean | null {
  const bytes = certificate.raw;
  const root = readNode(bytes, 0, bytes.length);
  const tbs = children(bytes, root)[0];
  if (!tbs) throw new Error('no tbsCertificate');
  const extensionsWrapper = children(bytes, tbs).find((node) => node.tag === 0xa3);
  if (!extensionsWrapper) return null;
  const extensions = children(bytes, extensionsWrapper)[0];
  if (!extensions) return null;
  for (const extension of children(bytes, extensions)) {
    const parts = children(bytes, extension);
    const oid = parts[0];
    if (oid?.tag !== 0x06 || !bytes.subarray(oid.start, oid.end).equals(keyUsageOid)) continue;
    const value = parts[parts.length - 1]!;
    const bitString = readNode(bytes, value.start, value.end);
    if (bitString.tag !== 0x03 || bitString.end - bitString.start < 2) return false;
    return (bytes[bitString.start + 1]! & 0x80) !== 0;
  }
  return null;
}

const codeSigningOid = '1.3.6.1.5.5.7.3.3';

function checkValidity(certificate: X509Certificate, now: Date, role: string): void {
  const from = new Date(certificate.validFrom);
  const to = new Date(certificate.validTo);
  if (!(now >= from && now <= to)) {
    throw invalid(
      `${role} certificate (${certificate.subject.replaceAll('\n', ', ')}) is not valid at ${now.toISOString()}`,
    );
  }
}

/**
 * Check that `chain` (leaf first, then intermediates, as the bundle lists them) leads to one of the
 * trust anchors: each certificate issued and signed by the next, intermediates marked as CAs,
 * every certificate valid at `now`, and the leaf allowed to sign (KeyUsage digitalSignature or
 * ExtendedKeyUsage codeSigning). Returns the leaf certificate, whose key verifies the envelope.
 */
export function verifyCertificateChain(
  chainDer: readonly Buffer[],
  anchors: readonly X509Certificate[],
  now: Date = new Date(),
): X509Certificate {
  if (anchors.length === 0) throw invalid('no trust anchor (CA certificate) was given');
  let chain: X509Certificate[];
  try {
    chain = chainDer.map((der) => new X509Certificate(der));
  } catch (error) {
    throw invalid('a certificate in the signature bundle could not be parsed', error);
  }
  const leaf = chain[0];
  if (!leaf) throw invalid('the signature bundle holds no certificate');
  let digitalSignature: boolean | null;
  try {
    digitalSignature = hasDigitalSignatureUsage(leaf);
  } catch (error) {
    throw invalid('the signing certificate has malformed extensions', error);
  }
  const codeSigning = (leaf.keyUsage ?? []).includes(codeSigningOid);
  if (!(digitalSignature === true || codeSigning)) {
    throw invalid(
      'the signing certificate may not be used for signing (no digitalSignature or codeSigning usage)',
    );
  }

  for (let index = 0; index < Math.min(chain.length, 16); index++) {
    const certificate = chain[index]!;
    const role = index === 0 ? 'signing' : 'intermediate';
    checkValidity(certificate, now, role);
    if (index > 0 && !certificate.ca)
      throw invalid(`intermediate certificate ${index} is not a CA certificate`);
    if (anchors.some((anchor) => anchor.raw.equals(certificate.raw))) return leaf;
    const anchor = anchors.find(
      (candidate) => certificate.checkIssued(candidate) && certificate.verify(candidate.publicKey),
    );
    if (anchor) {
      checkValidity(anchor, now, 'trust anchor');
      return leaf;
    }
    const issuer = chain[index + 1];
    if (!issuer || !certificate.checkIssued(issuer) || !certificate.verify(issuer.publicKey)) {
      throw invalid(
        `the ${role} certificate is not issued by a trusted CA or by the next certificate in the chain`,
      );
    }
  }
  throw invalid('the certificate chain does not lead to a trusted CA');
}
