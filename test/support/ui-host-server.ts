/**
 * An HTTP server on a free port for tests that drive a UI host (or any LocalRequest handler) without the
 * whole local host. The handler is set after start, because the UI host needs the server's URL first.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalRequest, LocalResponse } from '../../local/core/http-types';
import { readLocalRequest, writeLocalResponse } from '../../local/host/node-request';

export type TestHandler = (request: LocalRequest) => Promise<LocalResponse | null>;

export interface TestServer {
  baseUrl: string;
  serve(handler: TestHandler): void;
  close(): Promise<void>;
}

const NOT_FOUND: LocalResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain' },
  body: 'not a UI route',
};

export async function startTestServer(): Promise<TestServer> {
  let handler: TestHandler = () => Promise.resolve(null);
  const server = createServer((req, res) => {
    readLocalRequest(req)
      .then((request) => handler(request))
      .then((response) => {
        writeLocalResponse(res, response ?? NOT_FOUND);
      })
      .catch((error: unknown) => {
        writeLocalResponse(res, {
          status: 500,
          headers: { 'content-type': 'text/plain' },
          body: String(error),
        });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${String(port)}`,
    serve(next) {
      handler = next;
    },
    close() {
      // fetch() and Chromium keep connections alive; close them so server.close() returns at once.
      server.closeAllConnections();
      return new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
