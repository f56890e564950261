// Test files import core before the API, as no entry does: extend zod first (see openapi-zod.ts).
import "../../packages/functions/src/api/openapi-zod.js";
