import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in regressor outside the product (a model server): 2 × sepal_length + 10 × petal_width of
 * each row, answered as KServe v2 FP64 values. Resolves with its URL and a close function.
 */
export function startMockRegressor(): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const rows = (
        JSON.parse(Buffer.concat(chunks).toString('utf8')) as { inputs: Array<{ data: number[][] }> }
      ).inputs[0]!.data;
      const data = rows.map((row) => 2 * row[0]! + 10 * row[3]!);
      outgoing
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ outputs: [{ name: 'predict', datatype: 'FP64', shape: [data.length], data }] }),
        );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}
