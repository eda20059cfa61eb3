import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Test helper: whether the `openssl` CLI is on PATH (node:crypto cannot issue certificates). */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

function openssl(args: string[], directory: string): void {
  execFileSync('openssl', args, { cwd: directory, stdio: 'pipe', timeout: 20_000 });
}

export interface IssuedCertificate {
  cert: string;
  key: string;
  /** SHA-256 fingerprint as Node prints it (colon-separated upper-case hex). */
  fingerprint256: string;
}

export interface TestCa {
  name: string;
  /** Path of the CA certificate (PEM). */
  cert: string;
  key: string;
  /**
   * Issue a leaf certificate signed by this CA into `directory/<file>.crt|.key` (overwriting, so a
   * reissue at the same paths is how a rotation is tested). `san` like "DNS:localhost,IP:127.0.0.1".
   */
  issue(file: string, commonName: string, san: string): IssuedCertificate;
}

/** A throwaway EC P-256 CA in `directory`, made with the openssl CLI. */
export function createTestCa(directory: string, name: string): TestCa {
  const key = join(directory, `${name}-ca.key`);
  const cert = join(directory, `${name}-ca.crt`);
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key], directory);
  openssl(
    [
      'req',
      '-x509',
      '-new',
      '-key',
      key,
      '-sha256',
      '-days',
      '2',
      '-subj',
      `/CN=${name} test CA`,
      '-out',
      cert,
    ],
    directory,
  );
  let serial = 1;
  return {
    name,
    cert,
    key,
    issue(file, commonName, san) {
      const leafKey = join(directory, `${file}.key`);
      const leafCert = join(directory, `${file}.crt`);
      const request = join(directory, `${file}.csr`);
      const extensions = join(directory, `${file}.ext`);
      writeFileSync(
        extensions,
        `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\n`,
      );
      openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', leafKey], directory);
      openssl(['req', '-new', '-key', leafKey, '-subj', `/CN=${commonName}`, '-out', request], directory);
      openssl(
        [
          'x509',
          '-req',
          '-in',
          request,
          '-CA',
          cert,
          '-CAkey',
          key,
          '-set_serial',
          String(serial++ + Date.now()),
          '-days',
          '2',
          '-sha256',
          '-extfile',
          extensions,
          '-out',
          leafCert,
        ],
        directory,
      );
      const fingerprint256 = new X509Certificate(readFileSync(leafCert)).fingerprint256;
      return { cert: leafCert, key: leafKey, fingerprint256 };
    },
  };
}
