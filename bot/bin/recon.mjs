#!/usr/bin/env node
// `recon` on the PATH (npm link / npm install -g): runs bot/recon.ts through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../recon.ts');
