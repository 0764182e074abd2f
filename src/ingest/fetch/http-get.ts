/**
 * One HTTP(S) GET to pre-resolved, pre-checked addresses: the connection can only go to an
 * address the SSRF guard has seen (no second DNS answer between check and connect), with a
 * deadline and a cap on the decoded body size.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupAddress } from 'node:dns';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface HttpGetOptions {
  /** Addresses the connection may use (already checked). */
  addresses: LookupAddress[];
  headers: Record<string, string>;
  /** Epoch ms by which the whole response must have arrived. */
  deadline: number;
  /** Largest decoded body accepted, bytes. */
  maxBytes: number;
}

export interface HttpGetResult {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A failed request with a reason fit for a Skipped value. */
export class FetchFailure extends Error {}

function decoded(response: IncomingMessage): Readable {
  const coding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (coding === 'gzip' || coding === 'x-gzip') return response.pipe(createGunzip());
  if (coding === 'deflate') return response.pipe(createInflate());
  if (coding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

export function httpGet(url: URL, options: HttpGetOptions): Promise<HttpGetResult> {
  return new Promise((resolve, reject) => {
    const { addresses } = options;
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: options.headers,
      // Pin the connection to the checked addresses (Node asks with all:true for happy eyeballs).
      lookup: ((
        _host: string,
        lookupOptions: { all?: boolean },
        callback: (...args: unknown[]) => void,
      ) => {
        if (lookupOptions.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      }) as never,
    });
    const timer = setTimeout(
      () => request.destroy(new FetchFailure('timed out')),
      Math.max(0, options.deadline - Date.now()),
    );
    const fail = (error: Error): void => {
      clearTimeout(timer);
      reject(
        error instanceof FetchFailure
          ? error
          : new FetchFailure(`request failed: ${error.message}`),
      );
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        request.destroy(new FetchFailure(`larger than ${options.maxBytes} bytes`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const body = decoded(response);
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          request.destroy(new FetchFailure(`larger than ${options.maxBytes} bytes`));
          body.destroy();
          return;
        }
        chunks.push(chunk);
      });
      body.on('error', (error) => fail(new FetchFailure(`bad response body: ${error.message}`)));
      response.on('error', fail);
      body.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        });
      });
    });
    request.end();
  });
}
