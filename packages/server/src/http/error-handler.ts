import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

const body = (code: string, message: string, details?: Record<string, unknown>): ErrorBody => ({
  error: { code, message, ...(details ? { details } : {}) },
});

/** For Fastify's own routing failures (bad URL encoding, overlong path parameters), in the same shape as every other error. */
export function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void reply.status(414).send(body('path_too_long', 'A part of the address is longer than this API accepts.'));
    return;
  }
  void reply.status(400).send(body('bad_url', 'The address is not valid (check its percent-encoding).'));
}

/** Maps every failure to a status, a stable code and a clear message; internals never reach the client. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`,
        message: issue.message,
      }));
      const first = issues[0];
      return reply.status(400).send(body('invalid_request', first ? `${first.path}: ${first.message}` : 'The request is not valid.', { issues }));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(body('body_too_large', 'The request body is larger than this endpoint accepts.'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(body('unsupported_media_type', 'Send the body as application/json.'));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.status(400).send(body('malformed_json', 'The body is not valid JSON.'));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.status(400).send(body('malformed_json', 'The body is empty but the content type says JSON.'));
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return reply.status(400).send(body('bad_content_length', 'The Content-Length header does not match the body.'));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('rate_limited', 'Too many requests. Wait a moment and try again.'));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error.cause }, 'response failed its schema');
    } else {
      request.log.error({ err: error }, 'request failed');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('bad_request', 'The request could not be processed.'));
    }
    return reply.status(500).send(body('internal_error', 'Something went wrong on our side. It has been logged.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('not_found', `There is nothing at ${request.method} ${request.url.split('?')[0]}.`));
  });
}
