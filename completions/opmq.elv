
use builtin;
use str;

set edit:completion:arg-completer[opmq] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'opmq'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'opmq'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand branch 'Show one branch: title, status, successors, OPCO, observatories and their contacts'
            cand opcos 'List the 11 OPCO'
            cand search 'Search observatories, branches and OPCO at once, best matches first'
            cand info 'Catalogue version, data date, counts and sources'
            cand import 'Install a catalogue (an opmq JSON or SQLite export) as your own copy, after checking it completely; opmq then reads it instead of the bundled one'
            cand refresh 'Update your catalogue from the State''s own files (DARES list of conventions, IDCC→OPCO table, APE→IDCC table); prints what changed'
            cand naf 'Branches covering an APE (NAF) code, by share of employees, with OPCO and observatories (needs `opmq refresh naf FILE.xlsx` first)'
            cand siret 'From a SIRET (or a SIREN: its establishments) to its IDCC, OPCO and observatories (needs `opmq refresh siro FILE.csv` first)'
            cand check 'Validate the catalogue in use (or --catalogue FILE); exits 4 listing every violation'
            cand completions 'Print a shell completion script'
            cand show 'Show one observatory''s card: OPCO, contacts, branches covered, sources'
            cand opco 'Show one OPCO with its branches and observatories'
            cand list 'List observatories (all, or filtered)'
            cand contacts 'How to reach observatories: website, email, phone, address'
            cand export 'Write the whole catalogue (or the observatories the filters keep) as JSON, NDJSON, CSV or SQLite'
            cand branches 'List branches (conventions collectives by IDCC); active ones unless --all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'opmq;branch'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;opcos'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;search'= {
            cand --limit 'At most this many results'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;info'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --coverage 'Report how complete the catalogue is: contacts, OPCO, branches covered, per OPCO'
            cand --paths 'Print where opmq looks for its config file and your catalogue (opens neither)'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;import'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --reset 'Remove your copy and return to the bundled catalogue'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;refresh'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand dares 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept'
            cand opco 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments'
            cand siro 'France compétences'' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC''s OPCO from it'
            cand naf 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'opmq;refresh;dares'= {
            cand --edition 'The month of the edition; default: read from the file name (…_Juin2026.xlsx)'
            cand --url 'Where you downloaded the file, recorded as the source (default: the DARES page)'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;refresh;opco'= {
            cand --vintage 'The date the table is valid from (required: the file does not say)'
            cand --url 'Where you downloaded the file, recorded as the source (default: the ministry site)'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;refresh;siro'= {
            cand --vintage 'The month of the edition; default: read from the file name (siro-202606.csv)'
            cand --url 'Where you downloaded the file, recorded as the source (default: the dataset page)'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;refresh;naf'= {
            cand --url 'Where you downloaded the file, recorded as the source (default: the DARES page)'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;refresh;help'= {
            cand dares 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept'
            cand opco 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments'
            cand siro 'France compétences'' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC''s OPCO from it'
            cand naf 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'opmq;refresh;help;dares'= {
        }
        &'opmq;refresh;help;opco'= {
        }
        &'opmq;refresh;help;siro'= {
        }
        &'opmq;refresh;help;naf'= {
        }
        &'opmq;refresh;help;help'= {
        }
        &'opmq;naf'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;siret'= {
            cand --from 'Read SIRET from a column of a CSV file (`,` or `;`), named by --column'
            cand --column 'The header of the --from column holding the SIRET'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --stdin 'Read SIRET from standard input, one a line'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;check'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;completions'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;show'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;opco'= {
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;list'= {
            cand -b 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title'
            cand --branch 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title'
            cand -s 'Observatories whose name, acronym or scope matches these words'
            cand --search 'Observatories whose name, acronym or scope matches these words'
            cand -o 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")'
            cand --opco 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;contacts'= {
            cand -b 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title'
            cand --branch 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title'
            cand -s 'Observatories whose name, acronym or scope matches these words'
            cand --search 'Observatories whose name, acronym or scope matches these words'
            cand -o 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")'
            cand --opco 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;export'= {
            cand -b 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title'
            cand --branch 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title'
            cand -s 'Observatories whose name, acronym or scope matches these words'
            cand --search 'Observatories whose name, acronym or scope matches these words'
            cand --table 'Which table to write as CSV'
            cand --output 'Write to this file (atomically) instead of standard output'
            cand -o 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")'
            cand --opco 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --force 'Replace FILE if it exists'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;branches'= {
            cand -s 'Branches whose title matches these words'
            cand --search 'Branches whose title matches these words'
            cand --observatory 'Branches covered by this observatory (id, acronym or name)'
            cand -o 'Branches attached to this OPCO'
            cand --opco 'Branches attached to this OPCO'
            cand --json 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields'
            cand --format 'Output format'
            cand --color 'When to colour tables [default: auto]'
            cand --lang 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]'
            cand --catalogue 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one'
            cand --all 'Include inactive (replaced or expired) conventions'
            cand --without-observatory 'Only national conventions that no observatory in the catalogue covers'
            cand --ascii 'ASCII table borders (also when TERM=dumb)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'opmq;help'= {
            cand branch 'Show one branch: title, status, successors, OPCO, observatories and their contacts'
            cand opcos 'List the 11 OPCO'
            cand search 'Search observatories, branches and OPCO at once, best matches first'
            cand info 'Catalogue version, data date, counts and sources'
            cand import 'Install a catalogue (an opmq JSON or SQLite export) as your own copy, after checking it completely; opmq then reads it instead of the bundled one'
            cand refresh 'Update your catalogue from the State''s own files (DARES list of conventions, IDCC→OPCO table, APE→IDCC table); prints what changed'
            cand naf 'Branches covering an APE (NAF) code, by share of employees, with OPCO and observatories (needs `opmq refresh naf FILE.xlsx` first)'
            cand siret 'From a SIRET (or a SIREN: its establishments) to its IDCC, OPCO and observatories (needs `opmq refresh siro FILE.csv` first)'
            cand check 'Validate the catalogue in use (or --catalogue FILE); exits 4 listing every violation'
            cand completions 'Print a shell completion script'
            cand show 'Show one observatory''s card: OPCO, contacts, branches covered, sources'
            cand opco 'Show one OPCO with its branches and observatories'
            cand list 'List observatories (all, or filtered)'
            cand contacts 'How to reach observatories: website, email, phone, address'
            cand export 'Write the whole catalogue (or the observatories the filters keep) as JSON, NDJSON, CSV or SQLite'
            cand branches 'List branches (conventions collectives by IDCC); active ones unless --all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'opmq;help;branch'= {
        }
        &'opmq;help;opcos'= {
        }
        &'opmq;help;search'= {
        }
        &'opmq;help;info'= {
        }
        &'opmq;help;import'= {
        }
        &'opmq;help;refresh'= {
            cand dares 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept'
            cand opco 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments'
            cand siro 'France compétences'' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC''s OPCO from it'
            cand naf 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table'
        }
        &'opmq;help;refresh;dares'= {
        }
        &'opmq;help;refresh;opco'= {
        }
        &'opmq;help;refresh;siro'= {
        }
        &'opmq;help;refresh;naf'= {
        }
        &'opmq;help;naf'= {
        }
        &'opmq;help;siret'= {
        }
        &'opmq;help;check'= {
        }
        &'opmq;help;completions'= {
        }
        &'opmq;help;show'= {
        }
        &'opmq;help;opco'= {
        }
        &'opmq;help;list'= {
        }
        &'opmq;help;contacts'= {
        }
        &'opmq;help;export'= {
        }
        &'opmq;help;branches'= {
        }
        &'opmq;help;help'= {
        }
    ]
    $completions[$command]
}
