#!/usr/bin/env node
// The fengqiao command. Runs the TypeScript sources directly (through tsx), so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
