/** Photo upload (multipart, field `photo`, one per request) and authorised photo URLs. */
import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { invalidInput } from '../../../core/errors.ts';
import type { RouteModule } from '../../../core/module-contract.ts';
import { addPhotoByToken, photoByToken, photoForStaff, photoTooLarge, publicPhoto, setPhotoPublic } from '../handling/photos.ts';
import { idParam } from '../staff-schema.ts';

const token = z.string().min(20).max(100);
const sendPhoto = (reply: FastifyReply, p: { bytes: Buffer; content_type: string }) =>
  reply
    .type(p.content_type)
    .header('cache-control', 'private, no-store')
    .header('content-disposition', 'inline')
    .send(Buffer.from(p.bytes));

export const signalPhotoRoutes: RouteModule = async (app, { config }) => {
  await app.register(multipart, { limits: { fileSize: config.signalPhotoMaxBytes, files: 1, fields: 5 } });
  const g = config.municipality;

  app.post(
    '/public/signals/track/:token/photos',
    {
      config: { rateLimit: { max: config.signalIntakePerMinute * 3, timeWindow: '1 minute' } },
      schema: {
        tags: ['signals (public)'],
        summary: 'Add a photo (multipart/form-data, field "photo"; JPEG/PNG/WebP; at most 3). EXIF/GPS are removed.',
        params: z.object({ token }),
        response: { 201: z.object({ id: z.string(), width: z.number(), height: z.number(), size: z.number() }) },
      },
    },
    async (request, reply) => {
      const file = await request.file();
      if (!file) throw invalidInput([{ name: 'photo', reason: 'missing' }], 'Send the photo as multipart field "photo".');
      const bytes = await file.toBuffer().catch(() => {
        throw photoTooLarge(config.signalPhotoMaxBytes);
      });
      return reply.code(201).send(await addPhotoByToken(request.ctx, request.params.token, bytes, config.signalPhotoMaxBytes));
    },
  );

  app.get(
    '/public/signals/track/:token/photos/:photoId',
    { schema: { tags: ['signals (public)'], summary: 'A photo of my report (JPEG)', params: z.object({ token, photoId: z.string() }) } },
    async (request, reply) => sendPhoto(reply, await photoByToken(request.ctx, request.params.token, request.params.photoId)),
  );
  app.get(
    '/public/photos/:photoId',
    { schema: { tags: ['signals (public)'], summary: 'A photo staff marked public (JPEG)', params: z.object({ photoId: z.string() }) } },
    async (request, reply) => sendPhoto(reply, await publicPhoto(request.ctx, g, request.params.photoId)),
  );
  app.get(
    '/signals/:id/photos/:photoId',
    {
      schema: {
        tags: ['signals (staff)'],
        summary: 'A photo of a report (JPEG); partners: of a report forwarded to them',
        params: idParam.extend({ photoId: z.string() }),
      },
    },
    async (request, reply) => sendPhoto(reply, await photoForStaff(request.ctx, g, request.params.id, request.params.photoId)),
  );
  app.put(
    '/signals/:id/photos/:photoId/public',
    {
      schema: {
        tags: ['signals (staff)'],
        summary: 'Mark a photo public or private',
        params: idParam.extend({ photoId: z.string() }),
        body: z.object({ isPublic: z.boolean() }),
        response: { 200: z.object({ id: z.string(), isPublic: z.boolean() }) },
      },
    },
    async (request) => setPhotoPublic(request.ctx, g, request.params.id, request.params.photoId, request.body.isPublic),
  );
};
