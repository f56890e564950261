// zod copies a type's methods onto each schema it makes: a schema made before @hono/zod-openapi extends zod has
// no `.openapi`. A test file may make core's schemas (fixtures) before it loads the app, so the extension loads first.
import "../../packages/functions/node_modules/@hono/zod-openapi/dist/index.mjs";
