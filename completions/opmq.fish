# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_opmq_global_optspecs
    string join \n json= format= color= lang= ascii catalogue= h/help V/version
end

function __fish_opmq_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_opmq_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_opmq_using_subcommand
    set -l cmd (__fish_opmq_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c opmq -n "__fish_opmq_needs_command" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_needs_command" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_needs_command" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_needs_command" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_needs_command" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_needs_command" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_needs_command" -s V -l version -d 'Print version'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "branch" -d 'Show one branch: title, status, successors, OPCO, observatories and their contacts'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "opcos" -d 'List the 11 OPCO'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "search" -d 'Search observatories, branches and OPCO at once, best matches first'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "info" -d 'Catalogue version, data date, counts and sources'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "import" -d 'Install a catalogue (an opmq JSON or SQLite export) as your own copy, after checking it completely; opmq then reads it instead of the bundled one'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "refresh" -d 'Update your catalogue from the State\'s own files (DARES list of conventions, IDCC→OPCO table, APE→IDCC table); prints what changed'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "naf" -d 'Branches covering an APE (NAF) code, by share of employees, with OPCO and observatories (needs `opmq refresh naf FILE.xlsx` first)'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "siret" -d 'From a SIRET (or a SIREN: its establishments) to its IDCC, OPCO and observatories (needs `opmq refresh siro FILE.csv` first)'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "check" -d 'Validate the catalogue in use (or --catalogue FILE); exits 4 listing every violation'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "show" -d 'Show one observatory\'s card: OPCO, contacts, branches covered, sources'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "opco" -d 'Show one OPCO with its branches and observatories'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "list" -d 'List observatories (all, or filtered)'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "contacts" -d 'How to reach observatories: website, email, phone, address'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "export" -d 'Write the whole catalogue (or the observatories the filters keep) as JSON, NDJSON, CSV or SQLite'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "branches" -d 'List branches (conventions collectives by IDCC); active ones unless --all'
complete -c opmq -n "__fish_opmq_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opmq -n "__fish_opmq_using_subcommand branch" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand branch" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand branch" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand branch" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand branch" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand branch" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand branch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand opcos" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand opcos" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand opcos" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand opcos" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand opcos" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand opcos" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand opcos" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand search" -l limit -d 'At most this many results' -r
complete -c opmq -n "__fish_opmq_using_subcommand search" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand search" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand search" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand search" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand search" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand search" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand info" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand info" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand info" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand info" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand info" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand info" -l coverage -d 'Report how complete the catalogue is: contacts, OPCO, branches covered, per OPCO'
complete -c opmq -n "__fish_opmq_using_subcommand info" -l paths -d 'Print where opmq looks for its config file and your catalogue (opens neither)'
complete -c opmq -n "__fish_opmq_using_subcommand info" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand import" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand import" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand import" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand import" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand import" -l reset -d 'Remove your copy and return to the bundled catalogue'
complete -c opmq -n "__fish_opmq_using_subcommand import" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -f -a "dares" -d 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -f -a "opco" -d 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -f -a "siro" -d 'France compétences\' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC\'s OPCO from it'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -f -a "naf" -d 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and not __fish_seen_subcommand_from dares opco siro naf help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -l edition -d 'The month of the edition; default: read from the file name (…_Juin2026.xlsx)' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -l url -d 'Where you downloaded the file, recorded as the source (default: the DARES page)' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from dares" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -l vintage -d 'The date the table is valid from (required: the file does not say)' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -l url -d 'Where you downloaded the file, recorded as the source (default: the ministry site)' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from opco" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -l vintage -d 'The month of the edition; default: read from the file name (siro-202606.csv)' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -l url -d 'Where you downloaded the file, recorded as the source (default: the dataset page)' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from siro" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from naf" -l url -d 'Where you downloaded the file, recorded as the source (default: the DARES page)' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from naf" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from naf" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from naf" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from naf" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from naf" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from naf" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from naf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from help" -f -a "dares" -d 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from help" -f -a "opco" -d 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from help" -f -a "siro" -d 'France compétences\' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC\'s OPCO from it'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from help" -f -a "naf" -d 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table'
complete -c opmq -n "__fish_opmq_using_subcommand refresh; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opmq -n "__fish_opmq_using_subcommand naf" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand naf" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand naf" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand naf" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand naf" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand naf" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand naf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l from -d 'Read SIRET from a column of a CSV file (`,` or `;`), named by --column' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l column -d 'The header of the --from column holding the SIRET' -r
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l stdin -d 'Read SIRET from standard input, one a line'
complete -c opmq -n "__fish_opmq_using_subcommand siret" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand siret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand check" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand check" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand check" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand check" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand check" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand check" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand completions" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand completions" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand completions" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand completions" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand completions" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand show" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand show" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand show" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand show" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand show" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand opco" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand opco" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand opco" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand opco" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand opco" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand opco" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand opco" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand list" -s b -l branch -d 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title' -r
complete -c opmq -n "__fish_opmq_using_subcommand list" -s s -l search -d 'Observatories whose name, acronym or scope matches these words' -r
complete -c opmq -n "__fish_opmq_using_subcommand list" -s o -l opco -d 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")' -r -f -a "afdas\t''
akto\t''
atlas\t''
constructys\t''
ocapiat\t''
opco-ep\t''
opco-mobilites\t''
opco-sante\t''
opco2i\t''
opcommerce\t''
uniformation\t''"
complete -c opmq -n "__fish_opmq_using_subcommand list" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand list" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand list" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand list" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand list" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -s b -l branch -d 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title' -r
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -s s -l search -d 'Observatories whose name, acronym or scope matches these words' -r
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -s o -l opco -d 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")' -r -f -a "afdas\t''
akto\t''
atlas\t''
constructys\t''
ocapiat\t''
opco-ep\t''
opco-mobilites\t''
opco-sante\t''
opco2i\t''
opcommerce\t''
uniformation\t''"
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand contacts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand export" -s b -l branch -d 'Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title' -r
complete -c opmq -n "__fish_opmq_using_subcommand export" -s s -l search -d 'Observatories whose name, acronym or scope matches these words' -r
complete -c opmq -n "__fish_opmq_using_subcommand export" -l table -d 'Which table to write as CSV' -r -f -a "observatories\t''
branches\t''
opcos\t''"
complete -c opmq -n "__fish_opmq_using_subcommand export" -l output -d 'Write to this file (atomically) instead of standard output' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand export" -s o -l opco -d 'Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")' -r -f -a "afdas\t''
akto\t''
atlas\t''
constructys\t''
ocapiat\t''
opco-ep\t''
opco-mobilites\t''
opco-sante\t''
opco2i\t''
opcommerce\t''
uniformation\t''"
complete -c opmq -n "__fish_opmq_using_subcommand export" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand export" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand export" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand export" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand export" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand export" -l force -d 'Replace FILE if it exists'
complete -c opmq -n "__fish_opmq_using_subcommand export" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand branches" -s s -l search -d 'Branches whose title matches these words' -r
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l observatory -d 'Branches covered by this observatory (id, acronym or name)' -r -f -a "OBSERVIA\t''
OEMA\t''
OEMM\t''
OIR\t''
OMB\t''
OMECA\t''
OMEFFE\t''
OMPL\t''
OMS\t''
ONEE\t''
OPIC\t''
OPIIEC\t''
OPMQ-SV\t''
OPMQA\t''
OPMQC\t''
OPPS\t''
OPTL\t''
OSCAR\t''
aide-domicile\t''
alisfa\t''
amafi\t''
ameublement\t''
anfa\t''
audiovisuel\t''
banque\t''
bass\t''
bijouterie-joaillerie\t''
boulangerie\t''
bpce\t''
btp\t''
carrieres-materiaux\t''
casinos\t''
ceramique\t''
cgad\t''
cinema\t''
coiffure\t''
commerce\t''
commerce-agricole\t''
commerce-alimentaire-non-specialise\t''
commerce-electronique-menager\t''
commerce-predominance-alimentaire\t''
cpnef-sv\t''
cristal-verre-vitrail\t''
distribution-directe\t''
eclat\t''
edition\t''
elac\t''
esh\t''
fepem\t''
ferroviaire\t''
fleuristes-animaux-familiers\t''
fnsea-emploi-formation\t''
formation\t''
funeraire\t''
gardiens-immeubles\t''
golf\t''
habillement-textile-detail\t''
hcr\t''
hospitalisation-privee\t''
ieg\t''
immobilier\t''
imprimerie\t''
intergros\t''
jeux-jouets\t''
leem\t''
metallurgie\t''
missions-locales\t''
negoce-bois\t''
negoce-combustibles\t''
negoce-materiaux\t''
observia\t''
ocind\t''
oema\t''
oemm\t''
oir\t''
omeca\t''
omeffe\t''
ompl\t''
onee\t''
oph\t''
opic\t''
opiiec\t''
optl\t''
organismes-tourisme\t''
papeterie\t''
papier-carton\t''
particuliers-employeurs-ctp\t''
petrole\t''
plasturgie\t''
portage-salarial\t''
ports-manutention\t''
presse\t''
prestataires-tertiaire\t''
prevention-securite\t''
produits-pharmaceutiques-veterinaires\t''
proprete\t''
publicite\t''
recyclage\t''
regies-de-quartier\t''
restauration-rapide\t''
sdlm\t''
securite-sociale\t''
services-personne-entreprises\t''
soin-lien\t''
sport\t''
telecoms\t''
textile-mode\t''
tourisme-social\t''
transport-aerien\t''
transport-fluvial\t''
transport-maritime\t''
tuiles-briques\t''
verre-mecanique\t''"
complete -c opmq -n "__fish_opmq_using_subcommand branches" -s o -l opco -d 'Branches attached to this OPCO' -r -f -a "afdas\t''
akto\t''
atlas\t''
constructys\t''
ocapiat\t''
opco-ep\t''
opco-mobilites\t''
opco-sante\t''
opco2i\t''
opcommerce\t''
uniformation\t''"
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l json -d 'Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields' -r
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l format -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t'RFC 4180 CSV: comma-separated, no BOM (for scripts)'
csv-excel\t'CSV for French Excel: semicolon-separated, with a UTF-8 BOM'
markdown\t'A Markdown table (for documents)'
vcard\t'vCard 4.0, one card per observatory (`contacts` only), for address books'
sqlite\t'A standalone SQLite copy of the whole catalogue (`export` only)'
html\t'One offline web page to open, filter, print or share (`export` only; French unless --lang en)'"
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l color -d 'When to colour tables [default: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l lang -d 'Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]' -r -f -a "en\t''
fr\t''"
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l catalogue -d 'Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of the bundled one' -r -F
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l all -d 'Include inactive (replaced or expired) conventions'
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l without-observatory -d 'Only national conventions that no observatory in the catalogue covers'
complete -c opmq -n "__fish_opmq_using_subcommand branches" -l ascii -d 'ASCII table borders (also when TERM=dumb)'
complete -c opmq -n "__fish_opmq_using_subcommand branches" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "branch" -d 'Show one branch: title, status, successors, OPCO, observatories and their contacts'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "opcos" -d 'List the 11 OPCO'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "search" -d 'Search observatories, branches and OPCO at once, best matches first'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "info" -d 'Catalogue version, data date, counts and sources'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "import" -d 'Install a catalogue (an opmq JSON or SQLite export) as your own copy, after checking it completely; opmq then reads it instead of the bundled one'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "refresh" -d 'Update your catalogue from the State\'s own files (DARES list of conventions, IDCC→OPCO table, APE→IDCC table); prints what changed'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "naf" -d 'Branches covering an APE (NAF) code, by share of employees, with OPCO and observatories (needs `opmq refresh naf FILE.xlsx` first)'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "siret" -d 'From a SIRET (or a SIREN: its establishments) to its IDCC, OPCO and observatories (needs `opmq refresh siro FILE.csv` first)'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "check" -d 'Validate the catalogue in use (or --catalogue FILE); exits 4 listing every violation'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "completions" -d 'Print a shell completion script'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "show" -d 'Show one observatory\'s card: OPCO, contacts, branches covered, sources'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "opco" -d 'Show one OPCO with its branches and observatories'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "list" -d 'List observatories (all, or filtered)'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "contacts" -d 'How to reach observatories: website, email, phone, address'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "export" -d 'Write the whole catalogue (or the observatories the filters keep) as JSON, NDJSON, CSV or SQLite'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "branches" -d 'List branches (conventions collectives by IDCC); active ones unless --all'
complete -c opmq -n "__fish_opmq_using_subcommand help; and not __fish_seen_subcommand_from branch opcos search info import refresh naf siret check completions show opco list contacts export branches help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opmq -n "__fish_opmq_using_subcommand help; and __fish_seen_subcommand_from refresh" -f -a "dares" -d 'The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles, status, successors, dates of every IDCC; observatories and OPCO links are kept'
complete -c opmq -n "__fish_opmq_using_subcommand help; and __fish_seen_subcommand_from refresh" -f -a "opco" -d 'An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs, UTF-8); its rows supersede older and derived attachments'
complete -c opmq -n "__fish_opmq_using_subcommand help; and __fish_seen_subcommand_from refresh" -f -a "siro" -d 'France compétences\' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for `opmq siret`; recomputes every IDCC\'s OPCO from it'
complete -c opmq -n "__fish_opmq_using_subcommand help; and __fish_seen_subcommand_from refresh" -f -a "naf" -d 'The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for `opmq naf`; replaces any earlier table'
