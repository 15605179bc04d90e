import { z } from 'zod';

/**
 * Commands the injected bridge sends to the server. The UI-side ones (`showFlag`, `closeFlag`, `navigate`,
 * `submit`, `refresh`, `close`, `reload`) are answered by the host page and never arrive here.
 * `enableTheming` (`view.theme.enable()`, @forge/bridge/out/view/theme.js) asks for the person's theme,
 * which the frame then applies (browser/apply-theme.ts).
 */
export const serverBridgeCommands = ['getContext', 'invoke', 'fetchProduct', 'enableTheming'] as const;

export const bridgeRequestSchema = z.object({
  frame: z.string().min(1, 'frame is required: the token the host page gave the iframe'),
  command: z.enum(serverBridgeCommands, {
    error: (issue) =>
      `Unsupported bridge command ${JSON.stringify(issue.input)}: the server handles ${serverBridgeCommands.join(', ')}.`,
  }),
  payload: z.unknown().optional(),
});

/** `invoke(functionKey, payload, metadata)` as @forge/bridge/out/invoke/invoke.js sends it. */
export const invokePayloadSchema = z.object({
  functionKey: z.string().min(1, 'functionKey must be a non-empty string'),
  payload: z.unknown().optional(),
  metadata: z.unknown().optional(),
});

/** `requestJira(path, init)` as @forge/bridge/out/fetch/fetch.js (`productFetchApi`) sends it. */
export const fetchProductPayloadSchema = z.object({
  product: z.string(),
  restPath: z.string().startsWith('/', 'restPath must start with "/"'),
  fetchRequestInit: z
    .looseObject({
      method: z.string().optional(),
      body: z.string().nullable().optional(),
      headers: z.array(z.tuple([z.string(), z.string()])).optional(),
    })
    .optional(),
  isMultipartFormData: z.boolean().optional(),
});
