// The one zod instance of the project, configured for Simplified Chinese messages.
import { z } from 'zod';

z.config(z.locales.zhCN());

export { z };
