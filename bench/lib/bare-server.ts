/** A bare Fastify route with the same zod provider, as the baseline for Veta's HTTP overhead. */
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.get('/hello', { schema: { response: { 200: z.object({ id: z.string(), name: z.string(), city: z.string() }) } } }, async () => ({
  id: '01a2',
  name: 'Oficina de León',
  city: 'León',
}));
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
process.stdout.write('ready\n');
