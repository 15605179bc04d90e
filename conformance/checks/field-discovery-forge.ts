/**
 * The app's Forge custom fields are listed by `GET /rest/api/3/field` with `schema.custom` = the extension
 * ARI `ari:cloud:ecosystem::extension/{app-id}/{environment-id}/static/{module-key}` (jira-custom-field,
 * "Field lifecycle"); the app finds its fields by that suffix (src/adapters/jira/field-catalog.ts). On a
 * real site Forge creates them when the app is installed, so none found there means "not installed".
 */
import { Prerequisite, fail, pass, skip, type Check } from './check';

export const fieldDiscoveryForge: Check = {
  id: 'field-discovery-forge',
  title: "GET /rest/api/3/field lists the app's Forge fields (schema.custom ends /static/<module key>)",
  async run(ctx) {
    let catalog;
    try {
      catalog = await ctx.fieldCatalog();
    } catch (error) {
      if (error instanceof Prerequisite) return fail(error.message);
      throw error;
    }
    const modules = ctx.settings.manifest.fields;
    const missing = modules.filter((module) => !catalog.forge.has(module.key)).map((module) => module.key);
    if (missing.length === modules.length && ctx.settings.target === 'site') {
      return skip(
        `none of the app's ${String(modules.length)} fields is on this site: Forge creates them when the app is installed (forge install)`,
      );
    }
    if (missing.length > 0) {
      return fail(`no field whose schema.custom ends /static/<key> for ${missing.join(', ')}`);
    }
    const notAri = [...catalog.forge.values()].filter(
      (field) => !field.custom.startsWith('ari:cloud:ecosystem::extension/'),
    );
    if (notAri.length > 0) {
      return fail(
        `schema.custom is not an extension ARI: ${notAri.map((f) => `${f.id} "${f.custom}"`).join(', ')}`,
      );
    }
    return pass([...catalog.forge.values()].map((field) => `${field.module.key} = ${field.id}`).join(', '));
  },
};
