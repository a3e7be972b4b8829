@echo off
rem RDP Doctor start script of the product archive (Windows). Runs the product next to it through the Equinox
rem launcher jar (no native launcher): "rdpdoctor" alone opens the workbench when this is the workbench archive,
rem "rdpdoctor COMMAND ..." runs headless (diagnose, remediate, help, --version, ...), with the same exit codes as on
rem Linux. Needs Java 21 or newer: JAVA_HOME, else java on the PATH; exit code 3 when none is found.
setlocal EnableExtensions
set "DIR=%~dp0"
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo rdpdoctor: needs Java 21 or newer: none found ^(set JAVA_HOME or put java on the PATH^) 1>&2
  exit /b 3
)
set "MAJOR="
for /f "tokens=2 delims==" %%V in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version ="') do set "MAJOR=%%V"
set "MAJOR=%MAJOR: =%"
if not defined MAJOR set "MAJOR=0"
echo %MAJOR%| findstr /r "^1\." >nul && set "MAJOR=8"
if %MAJOR% LSS 21 (
  echo rdpdoctor: needs Java 21 or newer; "%JAVA%" is %MAJOR% 1>&2
  exit /b 3
)
set "LAUNCHER="
for %%L in ("%DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo rdpdoctor: %DIR%plugins holds no Equinox launcher: the archive is incomplete 1>&2
  exit /b 3
)
if "%~1"=="" if exist "%DIR%plugins\rdpdoctor.ui_*.jar" (
  "%JAVA%" -XX:+UseSerialGC -Xss1m -Dslf4j.internal.verbosity=ERROR %RDPDOCTOR_VMARGS% -jar "%LAUNCHER%" -application rdpdoctor.ui.application -nosplash -consoleLog -data "%USERPROFILE%\.rdpdoctor\workspace"
  exit /b %ERRORLEVEL%
)
"%JAVA%" -XX:+UseSerialGC -Xss1m -XX:TieredStopAtLevel=1 -Dslf4j.internal.verbosity=ERROR %RDPDOCTOR_VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -application rdpdoctor.cli.app -nosplash -consoleLog -data @none %*
exit /b %ERRORLEVEL%
