:; # Bootstrap for Windows (cmd), NUKE style. From a Unix shell this file hands over to build.sh.
:; exec "$(cd "$(dirname "$0")" && pwd)/build.sh" "$@"
@ECHO OFF
REM Runs build.ps1 with every argument passed through; its exit code (0 pass, 1 refused, 2 usage, 3 infrastructure) is ours.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0build.ps1" %*
EXIT /B %ERRORLEVEL%
