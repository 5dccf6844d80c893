import { defineMessages } from '../define.ts';

/** The programme's editable lists (QVCT themes, project typology), in the back office. */
export default defineMessages({
	fr: {
		'terms.admin.link': 'Listes : thèmes QVCT et typologie',
		'terms.admin.linkHint':
			'les choix proposés par les questions « Thèmes QVCT » et « Typologie » des formulaires',
		'terms.title': 'Listes du programme',
		'terms.back': 'Retour au programme {name}',
		'terms.intro':
			'Ces deux listes donnent les choix des questions « Thèmes QVCT » et « Typologie des projets » dans les formulaires de candidature de tous les appels du programme. Renommez, ajoutez ou réordonnez les termes, puis enregistrez la liste.',
		'terms.archiveHint':
			'Archiver un terme le retire des formulaires pour les nouvelles réponses. Les candidatures qui le citent déjà le gardent, avec son intitulé : archiver ne modifie jamais une réponse déposée. Un terme archivé peut être rétabli.',
		'terms.list.qvct_theme': 'Thèmes QVCT',
		'terms.list.typology': 'Typologie des projets',
		'terms.list.qvct_themeHint':
			'Les thèmes de la qualité de vie et des conditions de travail utilisés par l’Anact, proposés comme étiquettes des projets.',
		'terms.list.typologyHint':
			'Les types de projets proposés aux candidat·es, tirés de l’appel à projets d’origine.',
		'terms.active': 'Termes proposés dans les formulaires',
		'terms.empty': 'Aucun terme n’est proposé dans cette liste : ajoutez-en un.',
		'terms.row.legend': 'Terme {n} : {label}',
		'terms.row.new': 'nouveau terme',
		'terms.row.key': 'Clé : {key}',
		'terms.row.newKey': 'Clé tirée de l’intitulé français à l’enregistrement.',
		'terms.field.labelFr': 'Intitulé en français',
		'terms.field.labelEn': 'Intitulé en anglais',
		'terms.field.error': '{field} du terme {n}',
		'terms.action.up': 'Monter',
		'terms.action.down': 'Descendre',
		'terms.action.archive': 'Archiver',
		'terms.action.remove': 'Retirer',
		'terms.action.restore': 'Rétablir',
		'terms.action.theTerm': 'le terme « {label} »',
		'terms.action.theNewTerm': 'le nouveau terme {n}',
		'terms.add': 'Ajouter un terme',
		'terms.save': 'Enregistrer la liste',
		'terms.archived.title': 'Archivés',
		'terms.archived.hint':
			'Plus proposés pour les nouvelles réponses ; gardés par les réponses qui les citent. « Rétablir » les remet à la fin de la liste.',
		'terms.archived.none': 'Aucun terme archivé.',
		'terms.notice.saved': 'La liste « {list} » a été enregistrée.',
		'terms.notice.moved': '« {term} » a été déplacé ; la liste « {list} » est enregistrée.',
		'terms.notice.archived':
			'« {term} » a été archivé : il n’est plus proposé aux nouvelles réponses, et les réponses qui le citent le gardent.',
		'terms.notice.restored': '« {term} » a été rétabli à la fin de la liste « {list} ».',
		'terms.notice.added':
			'Une ligne vide a été ajoutée à la fin de la liste « {list} » : saisissez l’intitulé du terme, puis enregistrez la liste.'
	},
	en: {
		'terms.admin.link': 'Lists: QWL themes and typology',
		'terms.admin.linkHint':
			'the choices offered by the “QWL themes” and “Typology” questions of the forms',
		'terms.title': 'Programme lists',
		'terms.back': 'Back to the programme {name}',
		'terms.intro':
			'These two lists give the choices of the “QWL themes” and “Project typology” questions in the application forms of every call of the programme. Rename, add or reorder the terms, then save the list.',
		'terms.archiveHint':
			'Archiving a term removes it from the forms for new answers. Applications that already name it keep it, with its label: archiving never changes a submitted answer. An archived term can be restored.',
		'terms.list.qvct_theme': 'QWL themes',
		'terms.list.typology': 'Project typology',
		'terms.list.qvct_themeHint':
			'The quality of working life themes used by the Anact, offered as tags for the projects.',
		'terms.list.typologyHint':
			'The kinds of project offered to applicants, taken from the original call for projects.',
		'terms.active': 'Terms offered in the forms',
		'terms.empty': 'This list offers no term: add one.',
		'terms.row.legend': 'Term {n}: {label}',
		'terms.row.new': 'new term',
		'terms.row.key': 'Key: {key}',
		'terms.row.newKey': 'Key taken from the French label when saved.',
		'terms.field.labelFr': 'French label',
		'terms.field.labelEn': 'English label',
		'terms.field.error': '{field} of term {n}',
		'terms.action.up': 'Move up',
		'terms.action.down': 'Move down',
		'terms.action.archive': 'Archive',
		'terms.action.remove': 'Remove',
		'terms.action.restore': 'Restore',
		'terms.action.theTerm': 'the term “{label}”',
		'terms.action.theNewTerm': 'the new term {n}',
		'terms.add': 'Add a term',
		'terms.save': 'Save the list',
		'terms.archived.title': 'Archived',
		'terms.archived.hint':
			'No longer offered for new answers; kept by the answers that name them. “Restore” puts them back at the end of the list.',
		'terms.archived.none': 'No archived term.',
		'terms.notice.saved': 'The list “{list}” has been saved.',
		'terms.notice.moved': '“{term}” has been moved; the list “{list}” is saved.',
		'terms.notice.archived':
			'“{term}” has been archived: it is no longer offered for new answers, and the answers that name it keep it.',
		'terms.notice.restored': '“{term}” has been restored at the end of the list “{list}”.',
		'terms.notice.added':
			'An empty row has been added at the end of the list “{list}”: type the term’s label, then save the list.'
	}
});
