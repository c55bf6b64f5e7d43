#!/usr/bin/env bash
# Regenerates the licence texts and NOTICE files under src/main/resources/org/wardflow/licenses/
# from the artifacts themselves (jars in the local Maven repository) and from Debian's copies of
# the standard licences, so that what Wardflow ships is what the components ship. Run after a
# dependency upgrade, review the diff, commit. THIRD-PARTY.txt and the hand-written texts
# (EDL-1.0, MIT, BSD-3-Clause, EPSG, OGL) are not touched.
# Needs: unzip; Debian's base-files (/usr/share/common-licenses) and openjdk-17's copyright file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/src/main/resources/org/wardflow/licenses
texts=$out/texts
m2=${M2_REPO:-$HOME/.m2/repository}
mkdir -p "$texts"

jar() { echo "$m2/$1"; }
from_jar() { # jar entry destination
  unzip -p "$(jar "$1")" "$2" >"$3" || { echo "update-licence-texts: $2 missing in $1" >&2; exit 1; }
}

# Licence texts from the jars that carry them.
from_jar org/apache/commons/commons-csv/1.14.1/commons-csv-1.14.1.jar META-INF/LICENSE.txt "$texts/Apache-2.0.txt"
from_jar org/junit/platform/junit-platform-commons/1.14.1/junit-platform-commons-1.14.1.jar META-INF/LICENSE.md "$texts/EPL-2.0.txt"
from_jar com/j256/ormlite/ormlite-jdbc/6.1/ormlite-jdbc-6.1.jar com/j256/ormlite/jdbc/LICENSE.txt "$texts/ISC-ORMLite.txt"
from_jar org/slf4j/slf4j-api/2.0.12/slf4j-api-2.0.12.jar META-INF/LICENSE.txt "$texts/MIT-SLF4J.txt"
from_jar org/xerial/sqlite-jdbc/3.45.2.0/sqlite-jdbc-3.45.2.0.jar META-INF/maven/org.xerial/sqlite-jdbc/LICENSE.zentus "$texts/BSD-2-Clause-Zentus-sqlite-jdbc.txt"
from_jar com/fasterxml/jackson/core/jackson-core/2.19.2/jackson-core-2.19.2.jar META-INF/FastDoubleParser-LICENSE "$texts/MIT-FastDoubleParser.txt"
from_jar com/fasterxml/jackson/core/jackson-core/2.19.2/jackson-core-2.19.2.jar META-INF/thirdparty-LICENSE "$texts/FastDoubleParser-thirdparty.txt"

# GNU licences as Debian ships them.
cp /usr/share/common-licenses/GPL-3 "$texts/GPL-3.0.txt"
cp /usr/share/common-licenses/LGPL-3 "$texts/LGPL-3.0.txt"
# OpenJDK's and OpenJFX's licence: GPL v2 with the Classpath Exception, from Debian's openjdk-17
# copyright file (the block between "--- begin of LICENSE ---" and "--- end of LICENSE ---").
awk '/--- begin of LICENSE ---/ { on = 1; next } /--- end of LICENSE ---/ { exit } on' \
  /usr/share/doc/openjdk-17-jre-headless/copyright |
  sed 's/^  //; s/^\.$//' >"$texts/GPL-2.0-with-classpath-exception.txt"
grep -q 'CLASSPATH" EXCEPTION' "$texts/GPL-2.0-with-classpath-exception.txt" ||
  { echo "update-licence-texts: Classpath Exception not found in the openjdk copyright file" >&2; exit 1; }

# NOTICE files of the Apache-licensed components (Apache License 2.0, section 4(d)).
{
  echo "NOTICE files of the Apache-2.0-licensed components bundled with Wardflow"
  echo "(Apache License 2.0, section 4(d)). Collected from the jars by packaging/update-licence-texts.sh."
  for spec in \
    "Apache Commons CSV 1.14.1|org/apache/commons/commons-csv/1.14.1/commons-csv-1.14.1.jar|META-INF/NOTICE.txt" \
    "Apache Commons IO 2.20.0|commons-io/commons-io/2.20.0/commons-io-2.20.0.jar|META-INF/NOTICE.txt" \
    "Apache Commons Codec 1.19.0|commons-codec/commons-codec/1.19.0/commons-codec-1.19.0.jar|META-INF/NOTICE.txt" \
    "Apache Commons Logging 1.4.0|commons-logging/commons-logging/1.4.0/commons-logging-1.4.0.jar|META-INF/NOTICE.txt" \
    "Apache Commons Math 3.6.1|org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar|META-INF/NOTICE.txt" \
    "Apache PDFBox 3.0.8|org/apache/pdfbox/pdfbox/3.0.8/pdfbox-3.0.8.jar|META-INF/NOTICE" \
    "Apache PDFBox io 3.0.8|org/apache/pdfbox/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar|META-INF/NOTICE" \
    "Apache FontBox 3.0.8|org/apache/pdfbox/fontbox/3.0.8/fontbox-3.0.8.jar|META-INF/NOTICE" \
    "Jackson core 2.19.2|com/fasterxml/jackson/core/jackson-core/2.19.2/jackson-core-2.19.2.jar|META-INF/NOTICE" \
    "Jackson databind 2.19.2|com/fasterxml/jackson/core/jackson-databind/2.19.2/jackson-databind-2.19.2.jar|META-INF/NOTICE" \
    "Jackson annotations 2.19.2|com/fasterxml/jackson/core/jackson-annotations/2.19.2/jackson-annotations-2.19.2.jar|META-INF/NOTICE" \
    "FastDoubleParser (inside Jackson core 2.19.2)|com/fasterxml/jackson/core/jackson-core/2.19.2/jackson-core-2.19.2.jar|META-INF/FastDoubleParser-NOTICE"; do
    IFS='|' read -r name path entry <<<"$spec"
    printf '\n==== %s ====\n\n' "$name"
    unzip -p "$(jar "$path")" "$entry"
  done
} >"$out/NOTICE.txt"
echo "update-licence-texts: wrote $(ls "$texts" | wc -l) texts and NOTICE.txt under $out"
