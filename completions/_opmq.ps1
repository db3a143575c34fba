
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'opmq' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'opmq'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'opmq' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('branch', 'branch', [CompletionResultType]::ParameterValue, 'Show one branch: title, status, successors, OPCO, observatories and their contacts')
            [CompletionResult]::new('opcos', 'opcos', [CompletionResultType]::ParameterValue, 'List the 11 OPCO')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search observatories, branches and OPCO at once, best matches first')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Catalogue version, data date, counts and sources')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Install a catalogue (an opmq JSON or SQLite export) as your own copy, after checking it completely; opmq then reads it instead of the bundled one')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Update your catalogue from the State''s own files (DARES list of conventions, IDCC→OPCO table, APE→IDCC table); prints what changed')
            [CompletionResult]::new('naf', 'naf', [CompletionResultType]::ParameterValue, 'Branches covering an APE (NAF) code, by share of employees, with OPCO and observatories (needs `opmq refresh naf FILE.xlsx` first)')
            [CompletionResult]::new('siret', 'siret', [CompletionResultType]::ParameterValue, 'From a SIRET (or a SIREN: its establishments) to its IDCC, OPCO and observatories (needs `opmq refresh siro FILE.csv` first)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the catalogue in use (or --catalogue FILE); exits 4 listing every violation')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one observatory''s card: OPCO, contacts, branches covered, sources')
            [CompletionResult]::new('opco', 'opco', [CompletionResultType]::ParameterValue, 'Show one OPCO with its branches and observatories')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List observatories (all, or filtered)')
            [CompletionResult]::new('contacts', 'contacts', [CompletionResultType]::ParameterValue, 'How to reach observatories: website, email, phone, address')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the whole catalogue (or the observatories the filters keep) as JSON, NDJSON, CSV or SQLite')
            [CompletionResult]::new('branches', 'branches', [CompletionResultType]::ParameterValue, 'List branches (conventions collectives by IDCC); active ones unless --all')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'opmq;branch' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;opcos' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;search' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many results')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;info' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--coverage', '--coverage', [CompletionResultType]::ParameterName, 'Report how complete the catalogue is: contacts, OPCO, branches covered, per OPCO')
            [CompletionResult]::new('--paths', '--paths', [CompletionResultType]::ParameterName, 'Print where opmq looks for its config file and your catalogue (opens neither)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;import' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Remove your copy and return to the bundled catalogue')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;refresh' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('dares', 'dares', [CompletionResultType]::ParameterValue, 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept')
            [CompletionResult]::new('opco', 'opco', [CompletionResultType]::ParameterValue, 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments')
            [CompletionResult]::new('siro', 'siro', [CompletionResultType]::ParameterValue, 'France compétences'' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC''s OPCO from it')
            [CompletionResult]::new('naf', 'naf', [CompletionResultType]::ParameterValue, 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'opmq;refresh;dares' {
            [CompletionResult]::new('--edition', '--edition', [CompletionResultType]::ParameterName, 'The month of the edition; default: read from the file name (…_Juin2026.xlsx)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where you downloaded the file, recorded as the source (default: the DARES page)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;refresh;opco' {
            [CompletionResult]::new('--vintage', '--vintage', [CompletionResultType]::ParameterName, 'The date the table is valid from (required: the file does not say)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where you downloaded the file, recorded as the source (default: the ministry site)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;refresh;siro' {
            [CompletionResult]::new('--vintage', '--vintage', [CompletionResultType]::ParameterName, 'The month of the edition; default: read from the file name (siro-202606.csv)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where you downloaded the file, recorded as the source (default: the dataset page)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;refresh;naf' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where you downloaded the file, recorded as the source (default: the DARES page)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;refresh;help' {
            [CompletionResult]::new('dares', 'dares', [CompletionResultType]::ParameterValue, 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept')
            [CompletionResult]::new('opco', 'opco', [CompletionResultType]::ParameterValue, 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments')
            [CompletionResult]::new('siro', 'siro', [CompletionResultType]::ParameterValue, 'France compétences'' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC''s OPCO from it')
            [CompletionResult]::new('naf', 'naf', [CompletionResultType]::ParameterValue, 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'opmq;refresh;help;dares' {
            break
        }
        'opmq;refresh;help;opco' {
            break
        }
        'opmq;refresh;help;siro' {
            break
        }
        'opmq;refresh;help;naf' {
            break
        }
        'opmq;refresh;help;help' {
            break
        }
        'opmq;naf' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;siret' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read SIRET from a column of a CSV file (`,` or `;`), named by --column')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The header of the --from column holding the SIRET')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--stdin', '--stdin', [CompletionResultType]::ParameterName, 'Read SIRET from standard input, one a line')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;check' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;completions' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;show' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;opco' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Observatories whose name, acronym or scope matches these words')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Observatories whose name, acronym or scope matches these words')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")')
            [CompletionResult]::new('--opco', '--opco', [CompletionResultType]::ParameterName, 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;contacts' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Observatories whose name, acronym or scope matches these words')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Observatories whose name, acronym or scope matches these words')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")')
            [CompletionResult]::new('--opco', '--opco', [CompletionResultType]::ParameterName, 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;export' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title')
            [CompletionResult]::new('--branch', '--branch', [CompletionResultType]::ParameterName, 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Observatories whose name, acronym or scope matches these words')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Observatories whose name, acronym or scope matches these words')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Which table to write as CSV')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (atomically) instead of standard output')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")')
            [CompletionResult]::new('--opco', '--opco', [CompletionResultType]::ParameterName, 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;branches' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Branches whose title matches these words')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Branches whose title matches these words')
            [CompletionResult]::new('--observatory', '--observatory', [CompletionResultType]::ParameterName, 'Branches covered by this observatory (id, acronym or name)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Branches attached to this OPCO')
            [CompletionResult]::new('--opco', '--opco', [CompletionResultType]::ParameterName, 'Branches attached to this OPCO')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour tables [default: auto]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]')
            [CompletionResult]::new('--catalogue', '--catalogue', [CompletionResultType]::ParameterName, 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include inactive (replaced or expired) conventions')
            [CompletionResult]::new('--without-observatory', '--without-observatory', [CompletionResultType]::ParameterName, 'Only national conventions that no observatory in the catalogue covers')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'ASCII table borders (also when TERM=dumb)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'opmq;help' {
            [CompletionResult]::new('branch', 'branch', [CompletionResultType]::ParameterValue, 'Show one branch: title, status, successors, OPCO, observatories and their contacts')
            [CompletionResult]::new('opcos', 'opcos', [CompletionResultType]::ParameterValue, 'List the 11 OPCO')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search observatories, branches and OPCO at once, best matches first')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Catalogue version, data date, counts and sources')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Install a catalogue (an opmq JSON or SQLite export) as your own copy, after checking it completely; opmq then reads it instead of the bundled one')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Update your catalogue from the State''s own files (DARES list of conventions, IDCC→OPCO table, APE→IDCC table); prints what changed')
            [CompletionResult]::new('naf', 'naf', [CompletionResultType]::ParameterValue, 'Branches covering an APE (NAF) code, by share of employees, with OPCO and observatories (needs `opmq refresh naf FILE.xlsx` first)')
            [CompletionResult]::new('siret', 'siret', [CompletionResultType]::ParameterValue, 'From a SIRET (or a SIREN: its establishments) to its IDCC, OPCO and observatories (needs `opmq refresh siro FILE.csv` first)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the catalogue in use (or --catalogue FILE); exits 4 listing every violation')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one observatory''s card: OPCO, contacts, branches covered, sources')
            [CompletionResult]::new('opco', 'opco', [CompletionResultType]::ParameterValue, 'Show one OPCO with its branches and observatories')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List observatories (all, or filtered)')
            [CompletionResult]::new('contacts', 'contacts', [CompletionResultType]::ParameterValue, 'How to reach observatories: website, email, phone, address')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the whole catalogue (or the observatories the filters keep) as JSON, NDJSON, CSV or SQLite')
            [CompletionResult]::new('branches', 'branches', [CompletionResultType]::ParameterValue, 'List branches (conventions collectives by IDCC); active ones unless --all')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'opmq;help;branch' {
            break
        }
        'opmq;help;opcos' {
            break
        }
        'opmq;help;search' {
            break
        }
        'opmq;help;info' {
            break
        }
        'opmq;help;import' {
            break
        }
        'opmq;help;refresh' {
            [CompletionResult]::new('dares', 'dares', [CompletionResultType]::ParameterValue, 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept')
            [CompletionResult]::new('opco', 'opco', [CompletionResultType]::ParameterValue, 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments')
            [CompletionResult]::new('siro', 'siro', [CompletionResultType]::ParameterValue, 'France compétences'' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC''s OPCO from it')
            [CompletionResult]::new('naf', 'naf', [CompletionResultType]::ParameterValue, 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table')
            break
        }
        'opmq;help;refresh;dares' {
            break
        }
        'opmq;help;refresh;opco' {
            break
        }
        'opmq;help;refresh;siro' {
            break
        }
        'opmq;help;refresh;naf' {
            break
        }
        'opmq;help;naf' {
            break
        }
        'opmq;help;siret' {
            break
        }
        'opmq;help;check' {
            break
        }
        'opmq;help;completions' {
            break
        }
        'opmq;help;show' {
            break
        }
        'opmq;help;opco' {
            break
        }
        'opmq;help;list' {
            break
        }
        'opmq;help;contacts' {
            break
        }
        'opmq;help;export' {
            break
        }
        'opmq;help;branches' {
            break
        }
        'opmq;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
