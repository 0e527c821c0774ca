// Loopback ports for the servers that scripts start (test runner, WebKitWebDriver, WordPress).
import { connect, createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
export const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => (socket.end(), resolve(true)));
    socket.on('error', () => (socket.destroy(), resolve(false)));
  });
