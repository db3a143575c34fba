//! The French text. Keys are the English strings exactly as the code writes them; a test
//! fails when a help text has no French.

// A table of translations: two English words may well have the same French one.
#[allow(clippy::match_same_arms)]
pub fn word(en: &str) -> Option<&'static str> {
    if en == super::AFTER_HELP {
        return Some(AFTER_HELP);
    }
    Some(match en {
        // ---- help: the program and global options
        "Offline reference for the French branch observatories (OPMQ): which convention \
         (IDCC), which OPCO, which observatory, and how to reach it." => {
            "Référence hors ligne des observatoires prospectifs des métiers et des \
             qualifications (OPMQ) : quelle convention (IDCC), quel OPCO, quel observatoire, \
             et comment le joindre."
        }
        "Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields" => {
            "Sortie JSON (comme --format json) ; --json CHAMP,CHAMP ne garde que ces champs"
        }
        "Output format" => "Format de sortie",
        "When to colour tables [default: auto]" => "Quand colorer les tableaux [défaut : auto]",
        "Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]" => {
            "Langue des tableaux, fiches, messages et de l'aide [défaut : selon LC_ALL, \
             LC_MESSAGES ou LANG]"
        }
        "ASCII table borders (also when TERM=dumb)" => {
            "Bordures de tableau en ASCII (aussi quand TERM=dumb)"
        }
        "Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of \
         the bundled one" => {
            "Lire ce fichier catalogue (SQLite, tel qu'écrit par `opmq export --format sqlite`) \
             au lieu du catalogue intégré"
        }
        "Print help" => "Afficher l'aide",
        "Print version" => "Afficher la version",
        // ---- help: commands and their arguments
        "List observatories (all, or filtered)" => "Lister les observatoires (tous, ou filtrés)",
        "Observatories covering this branch: an IDCC (16, 0016, \"IDCC 16\") or words of its title" => {
            "Observatoires couvrant cette branche : un IDCC (16, 0016, \"IDCC 16\") ou des mots \
             de son titre"
        }
        "Observatories attached to this OPCO (id or any usual spelling: atlas, \"OPCO Mobilité\")" => {
            "Observatoires rattachés à cet OPCO (identifiant ou graphie usuelle : atlas, \
             \"OPCO Mobilité\")"
        }
        "Observatories whose name, acronym or scope matches these words" => {
            "Observatoires dont le nom, le sigle ou le champ correspond à ces mots"
        }
        "Show one observatory's card: OPCO, contacts, branches covered, sources" => {
            "Afficher la fiche d'un observatoire : OPCO, contacts, branches couvertes, sources"
        }
        "Id, acronym or name (case and accents ignored; a unique prefix is enough)" => {
            "Identifiant, sigle ou nom (casse et accents ignorés ; un préfixe unique suffit)"
        }
        "How to reach observatories: website, email, phone, address" => {
            "Comment joindre les observatoires : site, courriel, téléphone, adresse"
        }
        "One observatory (id, acronym or name); otherwise all, or those the filters keep" => {
            "Un observatoire (identifiant, sigle ou nom) ; sinon tous, ou ceux que les filtres \
             retiennent"
        }
        "List branches (conventions collectives by IDCC); active ones unless --all" => {
            "Lister les branches (conventions collectives par IDCC) ; les actives sauf avec --all"
        }
        "Branches attached to this OPCO" => "Branches rattachées à cet OPCO",
        "Branches covered by this observatory (id, acronym or name)" => {
            "Branches couvertes par cet observatoire (identifiant, sigle ou nom)"
        }
        "Branches whose title matches these words" => "Branches dont le titre correspond à ces mots",
        "Include inactive (replaced or expired) conventions" => {
            "Inclure les conventions inactives (remplacées ou dénoncées)"
        }
        "Only national conventions that no observatory in the catalogue covers" => {
            "Seulement les conventions nationales qu'aucun observatoire du catalogue ne couvre"
        }
        "Show one branch: title, status, successors, OPCO, observatories and their contacts" => {
            "Afficher une branche : titre, statut, successeurs, OPCO, observatoires et leurs \
             contacts"
        }
        "IDCC (16, 0016, \"IDCC 16\") or words of the title" => {
            "IDCC (16, 0016, \"IDCC 16\") ou mots du titre"
        }
        "List the 11 OPCO" => "Lister les 11 OPCO",
        "Show one OPCO with its branches and observatories" => {
            "Afficher un OPCO avec ses branches et ses observatoires"
        }
        "Id or any usual spelling (atlas, \"OPCO Mobilité\", \"opco 2i\")" => {
            "Identifiant ou graphie usuelle (atlas, \"OPCO Mobilité\", \"opco 2i\")"
        }
        "Search observatories, branches and OPCO at once, best matches first" => {
            "Chercher à la fois observatoires, branches et OPCO, les meilleurs résultats d'abord"
        }
        "Words (case and accents ignored; each word may be a prefix)" => {
            "Mots (casse et accents ignorés ; chaque mot peut être un préfixe)"
        }
        "At most this many results" => "Nombre maximal de résultats",
        "Write the whole catalogue (or the observatories the filters keep) as JSON, NDJSON, CSV \
         or SQLite" => {
            "Écrire tout le catalogue (ou les observatoires retenus par les filtres) en JSON, \
             NDJSON, CSV ou SQLite"
        }
        "Which table to write as CSV" => "Quelle table écrire en CSV",
        "Write to this file (atomically) instead of standard output" => {
            "Écrire dans ce fichier (de façon atomique) au lieu de la sortie standard"
        }
        "Replace FILE if it exists" => "Remplacer FILE s'il existe",
        "Catalogue version, data date, counts and sources" => {
            "Version du catalogue, date des données, effectifs et sources"
        }
        "Report how complete the catalogue is: contacts, OPCO, branches covered, per OPCO" => {
            "Mesurer la complétude du catalogue : contacts, OPCO, branches couvertes, par OPCO"
        }
        "Print where opmq looks for its config file and your catalogue (opens neither)" => {
            "Afficher où opmq cherche son fichier de configuration et votre catalogue (sans les \
             ouvrir)"
        }
        "Install a catalogue (an opmq JSON or SQLite export) as your own copy, after checking it \
         completely; opmq then reads it instead of the bundled one" => {
            "Installer un catalogue (un export JSON ou SQLite d'opmq) comme copie personnelle, \
             après l'avoir entièrement vérifié ; opmq le lit alors au lieu du catalogue intégré"
        }
        "The file to import" => "Le fichier à importer",
        "Remove your copy and return to the bundled catalogue" => {
            "Supprimer votre copie et revenir au catalogue intégré"
        }
        "Validate the catalogue in use (or --catalogue FILE); exits 4 listing every violation" => {
            "Valider le catalogue utilisé (ou --catalogue FILE) ; sort avec le code 4 en listant \
             chaque anomalie"
        }
        "Print a shell completion script" => "Afficher un script de complétion pour le shell",
        "Print help for the subcommand(s)" => "Afficher l'aide de la ou des sous-commandes",
        "Update your catalogue from the State's own files (DARES list of conventions, \
         IDCC→OPCO table, APE→IDCC table); prints what changed" => {
            "Mettre à jour votre catalogue depuis les fichiers de l'État (liste DARES des \
             conventions, table IDCC→OPCO, table APE→IDCC) ; affiche ce qui a changé"
        }
        "The DARES \"Fichier de suivi historique des conventions collectives\" (xlsx): titles, \
         status, successors, dates of every IDCC; observatories and OPCO links are kept" => {
            "Le « Fichier de suivi historique des conventions collectives » de la DARES (xlsx) : \
             titres, statut, successeurs, dates de chaque IDCC ; observatoires et rattachements \
             OPCO sont conservés"
        }
        "The xlsx file, as downloaded from travail-emploi.gouv.fr" => {
            "Le fichier xlsx, tel que téléchargé sur travail-emploi.gouv.fr"
        }
        "The month of the edition; default: read from the file name (…_Juin2026.xlsx)" => {
            "Le mois de l'édition ; par défaut : lu dans le nom du fichier (…_Juin2026.xlsx)"
        }
        "Where you downloaded the file, recorded as the source (default: the DARES page)" => {
            "Où vous avez téléchargé le fichier, enregistré comme source (défaut : la page de la \
             DARES)"
        }
        "An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, \
         UTF-8); its rows supersede older and derived attachments" => {
            "Une table IDCC→OPCO au format du ministère (IDCC;Opérateur de compétences;Libellé;obs, \
             UTF-8) ; ses lignes remplacent les rattachements plus anciens ou déduits"
        }
        "The CSV file (`;`-separated, with or without a BOM)" => {
            "Le fichier CSV (séparé par des `;`, avec ou sans BOM)"
        }
        "The date the table is valid from (required: the file does not say)" => {
            "La date d'effet de la table (obligatoire : le fichier ne la donne pas)"
        }
        "Where you downloaded the file, recorded as the source (default: the ministry site)" => {
            "Où vous avez téléchargé le fichier, enregistré comme source (défaut : le site du \
             ministère)"
        }
        "The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for \
         `opmq naf`; replaces any earlier table" => {
            "La table de passage APE→IDCC de la DARES (xlsx, feuille \
             IDCC<année>_passageAPEIDCC_diff), pour `opmq naf` ; remplace toute table antérieure"
        }
        "France compétences' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for \
         `opmq siret`; recomputes every IDCC's OPCO from it" => {
            "La table SIRET→OPCO de France compétences (SIRO, siro-AAAAMM.csv, séparée par `|`), \
             pour `opmq siret` ; recalcule l'OPCO de chaque IDCC"
        }
        "The CSV file, as downloaded from data.gouv.fr" => {
            "Le fichier CSV, tel que téléchargé sur data.gouv.fr"
        }
        "The month of the edition; default: read from the file name (siro-202606.csv)" => {
            "Le mois de l'édition ; par défaut : lu dans le nom du fichier (siro-202606.csv)"
        }
        "Where you downloaded the file, recorded as the source (default: the dataset page)" => {
            "Où vous avez téléchargé le fichier, enregistré comme source (par défaut : la page du \
             jeu de données)"
        }
        "From a SIRET (or a SIREN: its establishments) to its IDCC, OPCO and observatories \
         (needs `opmq refresh siro FILE.csv` first)" => {
            "D'un SIRET (ou d'un SIREN : ses établissements) à son IDCC, son OPCO et ses \
             observatoires (demande d'abord `opmq refresh siro FICHIER.csv`)"
        }
        "SIRET (14 digits) or SIREN (9 digits); spaces allowed: \"552 100 554 00021\"" => {
            "SIRET (14 chiffres) ou SIREN (9 chiffres) ; espaces admises : \"552 100 554 00021\""
        }
        "Read SIRET from standard input, one a line" => {
            "Lire les SIRET sur l'entrée standard, un par ligne"
        }
        "Read SIRET from a column of a CSV file (`,` or `;`), named by --column" => {
            "Lire les SIRET dans une colonne d'un fichier CSV (`,` ou `;`), nommée par --column"
        }
        "The header of the --from column holding the SIRET" => {
            "L'en-tête de la colonne de --from qui contient les SIRET"
        }
        "convention" => "convention",
        "not a convention of the catalogue" => "pas une convention du catalogue",
        "none declared" => "aucun déclaré",
        "managed by" => "géré par",
        "The xlsx file, as downloaded from dares.travail-emploi.gouv.fr" => {
            "Le fichier xlsx, tel que téléchargé sur dares.travail-emploi.gouv.fr"
        }
        "Branches covering an APE (NAF) code, by share of employees, with OPCO and observatories \
         (needs `opmq refresh naf FILE.xlsx` first)" => {
            "Branches couvrant un code APE (NAF), par part des salariés, avec OPCO et observatoires \
             (demande d'abord `opmq refresh naf FICHIER.xlsx`)"
        }
        "The APE code: 6202A, 62.02A or 62.02a" => "Le code APE : 6202A, 62.02A ou 62.02a",
        "no change" => "aucun changement",
        "employees" => "salariés",
        "share" => "part",
        "branch" => "branche",
        "change" => "changement",
        "field" => "champ",
        "before" => "avant",
        "after" => "après",
        // ---- table headers
        "id" => "id",
        "observatory" => "observatoire",
        "opco" => "opco",
        "idcc" => "idcc",
        "website" => "site",
        "email" => "courriel",
        "phone" => "téléphone",
        "address" => "adresse",
        "title" => "titre",
        "active" => "active",
        "inactive" => "inactive",
        "national" => "nationale",
        "local" => "locale",
        "in force" => "en vigueur",
        "successor" => "successeur",
        "kind" => "type",
        "name" => "nom",
        "score" => "score",
        "record" => "enregistrement",
        "problem" => "problème",
        "key" => "clé",
        "value" => "valeur",
        "observatories" => "observatoires",
        "with_website" => "avec_site",
        "active_idcc" => "idcc_actifs",
        "idcc_with_obs" => "idcc_avec_obs",
        "full_name" => "nom_complet",
        "branches" => "branches",
        // ---- card labels and words
        "unknown" => "inconnu",
        "also known as" => "autres noms",
        "also written" => "autres graphies",
        "status" => "statut",
        "level" => "niveau",
        "OPCO-wide observatory" => "observatoire d'OPCO (interbranches)",
        "replaced by" => "remplacé par",
        "from the branch's 2019 OPCO, not confirmed" => {
            "d'après l'OPCO 2019 de la branche, non confirmé"
        }
        "scope" => "champ",
        "legal basis" => "fondement",
        "notes" => "notes",
        "Branches covered" => "Branches couvertes",
        "none identified by IDCC" => "aucune identifiée par IDCC",
        "IDCC derived" => "IDCC déduits",
        "none known" => "aucun connu",
        "derived" => "déduit",
        "by rule" => "par règle",
        "IDCC→OPCO table, vintage" => "table IDCC→OPCO, millésime",
        "IDCC→OPCO table" => "table IDCC→OPCO",
        "establishments" => "établissements",
        "also declared" => "aussi déclarés",
        "? the covered branch's OPCO; the observatory's own is not confirmed" => {
            "? OPCO de la branche couverte ; celui de l'observatoire n'est pas confirmé"
        }
        "(derived) inferred by a rule (`opmq branch IDCC` shows it)" => {
            "(déduit) obtenu par une règle (`opmq branch IDCC` l'affiche)"
        }
        "contact page" => "page de contact",
        "estab." => "étab.",
        "other(s) under 1 % (noise)" => "autre(s) sous 1 % (bruit)",
        "OPCO in" => "OPCO en",
        "none known in the catalogue" => "aucun connu dans le catalogue",
        "inactive, replaced by" => "inactive, remplacée par",
        "successors" => "successeurs",
        "replaces" => "remplace",
        "Observatories" => "Observatoires",
        "Now covered as IDCC" => "Désormais couverte comme IDCC",
        "Active branches" => "Branches actives",
        "Sources" => "Sources",
        "checked" => "vérifié le",
        "unverified: no stored copy confirms this page" => {
            "non vérifiée : aucune copie conservée ne confirme cette page"
        }
        "Agreements" => "Accords",
        "set up by" => "créé par",
        "organised by" => "organisé par",
        "funded by" => "financé par",
        "named by" => "nommé par",
        "delegated by" => "délégué par",
        "dissolved by" => "dissous par",
        "cited in" => "cité dans",
        "stated by a text of" => "indiqué par un texte de",
        "possibly outdated" => "peut-être périmé",
        "stated by" => "indiqué par",
        "Joint commissions" => "Commissions paritaires",
        "the branch's social partners, not an observatory" => {
            "les partenaires sociaux de la branche, pas un observatoire"
        }
        "* label written by opmq: no source gives this observatory a proper name" => {
            "* libellé rédigé par opmq : aucune source ne donne de nom propre"
        }
        "° generic wording of the sources, not a proper name" => {
            "° désignation générique des sources, pas un nom propre"
        }
        "catalogue" => "catalogue",
        "schema" => "schéma",
        "data date" => "date des données",
        "Datasets" => "Jeux de données",
        "Coverage" => "Couverture",
        "of" => "sur",
        "with website" => "avec site",
        "with email" => "avec courriel",
        "with phone" => "avec téléphone",
        "with address" => "avec adresse",
        "any contact" => "un contact",
        "reachable" => "joignable",
        "with agreement" => "avec accord",
        "active IDCC" => "IDCC actifs",
        "  OPCO sourced" => "  OPCO sourcé",
        "  OPCO derived" => "  OPCO déduit",
        "  no OPCO" => "  sans OPCO",
        "national IDCC" => "IDCC nationaux",
        "  observatory" => "  observatoire",
        "  none known" => "  aucun connu",
        "agréé from" => "agréé depuis",
        "FC code" => "code FC",
        "catalogue OK: no rule broken" => "catalogue conforme : aucune règle enfreinte",
        "Paths" => "Chemins",
        "config file" => "configuration",
        "your catalogue" => "votre catalogue",
        "not there" => "absent",
        "none (no home directory)" => "aucun (pas de répertoire personnel)",
        // ---- the web page (export --format html)
        "Branch observatories (OPMQ): IDCC, OPCO, observatory" => {
            "Observatoires de branche (OPMQ) : IDCC, OPCO, observatoire"
        }
        "Which convention (IDCC), which OPCO, which observatory, and how to reach it:" => {
            "Quelle convention (IDCC), quel OPCO, quel observatoire, et comment le joindre :"
        }
        "Every fact cites its source; what no source gave is marked unknown." => {
            "Chaque information cite sa source ; ce qu'aucune source ne donne est marqué inconnu."
        }
        "Filter: IDCC, words or OPCO" => "Filtrer : IDCC, mots ou OPCO",
        "e.g. 1486, métallurgie, atlas" => "ex. 1486, métallurgie, atlas",
        "Accents and capitals do not matter. The filter is kept in the page address, to share the link." => {
            "Accents et majuscules sont indifférents. Le filtre est gardé dans l'adresse de la \
             page, pour partager le lien."
        }
        "No entry matches this filter." => "Aucune entrée ne correspond à ce filtre.",
        "Shown:" => "Affichés :",
        "The filter needs JavaScript; everything is listed below, A to Z." => {
            "Le filtre demande JavaScript ; tout est listé ci-dessous, de A à Z."
        }
        "Skip to the list" => "Aller à la liste",
        "Contents" => "Sommaire",
        "Branches (IDCC)" => "Branches (IDCC)",
        "conventions" => "conventions",
        "art." => "art.",
        "merged" => "fusionné",
        "dissolved" => "dissous",
        "a generic wording from its sources" => "formule générique de ses sources",
        "a description written by opmq (no source names it)" => {
            "description rédigée par opmq (aucune source ne le nomme)"
        }
        "creates it" => "le crée",
        "organises it" => "l'organise",
        "funds it" => "le finance",
        "names it" => "le nomme",
        "delegates it" => "lui délègue",
        "dissolves it" => "le dissout",
        _ => return None,
    })
}

const AFTER_HELP: &str = "\
Exemples :
  opmq branch 1486                  IDCC 1486 : son OPCO, son observatoire et comment le joindre
  opmq branch 1375                  une convention remplacée : la chaîne jusqu'à 3248 (métallurgie)
  opmq list --branch \"bureaux d'etudes\"   observatoires des branches dont le titre correspond
  opmq list --opco atlas --json     observatoires d'ATLAS, en JSON
  opmq show opiiec                  la fiche de l'observatoire
  opmq contacts --opco akto         comment joindre les observatoires d'AKTO
  opmq search metallurgie           observatoires, branches et OPCO correspondant aux mots
  opmq export --format csv --output obs.csv
  opmq contacts --opco atlas --format vcard > atlas.vcf   fiches pour un carnet d'adresses
  opmq list --json id,website       seulement certains champs JSON
  opmq check --catalogue my.sqlite  valider un fichier catalogue
  opmq import newer.json            installer un catalogue plus récent (opmq import --reset l'annule)
  opmq refresh dares Dares_Suivi_Historique_convention_collective_Juin2026.xlsx
                                    mettre à jour titres, statut et successeurs depuis le fichier DARES
  opmq naf 62.02A                   branches d'un code APE (après `opmq refresh naf FICHIER.xlsx`)

Codes de sortie :
  0  succès
  1  rien trouvé (requête valide, aucun résultat ; suggestions sur stderr)
  2  erreur d'utilisation (argument ou IDCC mal formé)
  3  nom ambigu (candidats sur stderr)
  4  erreur de données ou d'E/S (catalogue illisible, écriture échouée)
  Un tube de sortie fermé (opmq list | head -1) sort avec 0.";
