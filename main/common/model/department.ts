import { z } from 'zod';

export const DepartmentSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  aliases: z.array(z.string().trim().min(1).max(80)).default([]),
});
export type Department = z.infer<typeof DepartmentSchema>;
