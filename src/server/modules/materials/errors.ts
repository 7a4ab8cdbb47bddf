import { registerErrors } from '../../platform/http/errors.js';

export const materialsErrors = registerErrors({
  'materials.no_dataset': 404,
  'materials.dataset_exists': 409,
  'materials.import_invalid': 422,
  'materials.shipped_tables_unreadable': 500,
});
