import { createSocket } from 'node:dgram';
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { type ConnectionOptions, connect as connectTls } from 'node:tls';
import { RampartError } from '../../core/index.ts';

export interface SiemTarget {
  protocol: 'udp' | 'tcp' | 'tls';
  host: string;
  port: number;
  /** TLS: extra CA certificates (PEM) and whether to verify the server (default true). */
  ca?: string | Buffer;
  rejectUnauthorized?: boolean;
}

/** Parse `udp://host:514`, `tcp://host:601`, `tls://host:6514`. */
export function parseSiemTarget(url: string): SiemTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new RampartError(
      'RAMPART_USAGE',
      `not a SIEM target URL: ${url} (use udp://, tcp:// or tls://host:port)`,
      { cause: error },
    );
  }
  const protocol = parsed.protocol.replace(':', '');
  if (protocol !== 'udp' && protocol !== 'tcp' && protocol !== 'tls') {
    throw new RampartError('RAMPART_USAGE', `unsupported SIEM protocol '${protocol}' (use udp, tcp or tls)`);
  }
  const defaults = { udp: 514, tcp: 601, tls: 6514 };
  return {
    protocol,
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : defaults[protocol],
  };
}

export interface SiemSender {
  send(messages: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Open a sender. UDP: one message per datagram. TCP and TLS: RFC 6587 octet counting
 * (`<length> <message>`), so messages may contain line breaks.
 */
export async function openSiemSender(target: SiemTarget): Promise<SiemSender> {
  if (target.protocol === 'udp') {
    const socket = createSocket(target.host.includes(':') ? 'udp6' : 'udp4');
    return {
      send: async (messages) => {
        for (const message of messages) {
          await new Promise<void>((resolve, reject) =>
            socket.send(Buffer.from(message, 'utf8'), target.port, target.host, (error) =>
              error ? reject(failed(target, error)) : resolve(),
            ),
          );
        }
      },
      close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
    };
  }
  const socket = await new Promise<Socket>((resolve, reject) => {
    const options: ConnectionOptions = { host: target.host, port: target.port };
    if (target.protocol === 'tls') {
      if (target.ca) options.ca = target.ca;
      options.rejectUnauthorized = target.rejectUnauthorized ?? true;
      // SNI carries host names only (RFC 6066); an IP there is Node's DEP0123 warning. The
      // certificate is still checked against the IP.
      if (isIP(target.host) === 0) options.servername = target.host;
    }
    const connection =
      target.protocol === 'tls'
        ? connectTls(options, () => resolve(connection))
        : connectTcp({ host: target.host, port: target.port }, () => resolve(connection));
    connection.once('error', (error) => reject(failed(target, error)));
  });
  let broken: Error | undefined;
  socket.on('error', (error) => {
    broken = error;
  });
  return {
    send: async (messages) => {
      if (broken) throw failed(target, broken);
      const frame = messages.map((message) => `${Buffer.byteLength(message, 'utf8')} ${message}`).join('');
      await new Promise<void>((resolve, reject) =>
        socket.write(frame, (error) => (error ? reject(failed(target, error)) : resolve())),
      );
    },
    close: () =>
      new Promise<void>((resolve) => {
        socket.end(() => resolve());
      }),
  };
}

function failed(target: SiemTarget, cause: Error): RampartError {
  return new RampartError(
    'RAMPART_SOC_EXPORT_FAILED',
    `cannot send to ${target.protocol}://${target.host}:${target.port}: ${cause.message}`,
    {
      cause,
    },
  );
}
