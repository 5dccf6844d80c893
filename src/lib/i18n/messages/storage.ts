import { defineMessages } from '../define.ts';

/** Attachments: why an uploaded file is refused. */
export default defineMessages({
	fr: {
		'storage.error.too_large': 'Le fichier est trop volumineux ({max} au plus).',
		'storage.error.empty': 'Le fichier est vide.',
		'storage.error.type_not_accepted':
			'Ce type de fichier n’est pas accepté ici. Formats acceptés : {types}.',
		'storage.error.unrecognised':
			'Le contenu du fichier ne correspond à aucun format accepté, ou ne correspond pas à son extension.'
	},
	en: {
		'storage.error.too_large': 'The file is too large ({max} at most).',
		'storage.error.empty': 'The file is empty.',
		'storage.error.type_not_accepted':
			'This type of file is not accepted here. Accepted formats: {types}.',
		'storage.error.unrecognised':
			'The file’s content matches no accepted format, or does not match its extension.'
	}
});
