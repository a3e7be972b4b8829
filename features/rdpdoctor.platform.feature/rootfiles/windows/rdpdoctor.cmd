@echo off
rem RDP Doctor start script of the product archive (Windows). Runs the product next to it through the Equinox
rem launcher jar (no native launcher): "rdpdoctor" alone opens the workbench when this is the workbench archive,
rem "rdpdoctor COMMAND ..." runs headless (diagnose, remediate, help, --version, ...), with the same exit codes as on
rem Linux. Needs Java 21 or newer: JAVA_HOME (refused when older), else java on the PATH when it is 21 or newer, else
rem the newest 21 or newer the registry (JavaSoft, Eclipse Adoptium) or the usual folders under Program Files hold;
rem exit code 3 when none is found, naming what was found.
setlocal EnableExtensions
rem no blocks around values that may hold parentheses ("Program Files (x86)"): labels instead
set "DIR=%~dp0"
set "JAVA="
set "BEST=0"
set "SEEN="
if not defined JAVA_HOME goto :search
if not exist "%JAVA_HOME%\bin\java.exe" goto :search
rem the admin's choice: used, or refused
call :major "%JAVA_HOME%\bin\java.exe"
if %MAJOR% LSS 21 goto :javaHomeTooOld
set "JAVA=%JAVA_HOME%\bin\java.exe"
goto :found
:javaHomeTooOld
echo rdpdoctor: needs Java 21 or newer; JAVA_HOME=%JAVA_HOME% is Java %MAJOR%: set JAVA_HOME to a Java 21 or newer, or clear it to let rdpdoctor look for one 1>&2
exit /b 3

:search
rem the java on the PATH when it is 21 or newer
for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :consider "%%~$PATH:J"
if defined JAVA goto :found
rem else the newest Java 21 or newer the registry or the usual install folders know
for /f "tokens=2,*" %%A in ('reg query "HKLM\SOFTWARE\JavaSoft\JDK" /s /v JavaHome 2^>nul ^| findstr /i "JavaHome"') do call :consider "%%B\bin\java.exe"
for /f "tokens=2,*" %%A in ('reg query "HKLM\SOFTWARE\Eclipse Adoptium\JDK" /s /v Path 2^>nul ^| findstr /i "REG_SZ"') do call :consider "%%B\bin\java.exe"
for %%P in ("%ProgramFiles%" "%ProgramW6432%") do for /d %%D in ("%%~P\Java\*" "%%~P\Eclipse Adoptium\*" "%%~P\Microsoft\jdk-*" "%%~P\Zulu\*" "%%~P\Amazon Corretto\*" "%%~P\BellSoft\*" "%%~P\OpenJDK\*") do call :consider "%%~D\bin\java.exe"
if defined JAVA goto :found
if defined SEEN goto :onlyOld
echo rdpdoctor: needs Java 21 or newer: none found ^(install one, set JAVA_HOME or put java on the PATH^) 1>&2
exit /b 3
:onlyOld
echo rdpdoctor: needs Java 21 or newer; found only %SEEN%: install one, or set JAVA_HOME to a Java 21 or newer 1>&2
exit /b 3

:found
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

rem :major JAVA_EXE sets MAJOR to that java's major version (0 when unknown)
:major
set "MAJOR="
for /f "tokens=2 delims==" %%V in ('"%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version ="') do set "MAJOR=%%V"
if defined MAJOR set "MAJOR=%MAJOR: =%"
if not defined MAJOR set "MAJOR=0"
echo %MAJOR%| findstr /r "^1\." >nul && set "MAJOR=8"
exit /b 0

rem :consider JAVA_EXE takes it when it is Java 21 or newer and newer than the best so far; notes what was seen
:consider
if not exist "%~1" exit /b 0
call :major "%~1"
if defined SEEN set "SEEN=%SEEN%, "
set "SEEN=%SEEN%%~1 (Java %MAJOR%)"
if %MAJOR% LSS 21 exit /b 0
if %MAJOR% LEQ %BEST% exit /b 0
set "JAVA=%~1"
set "BEST=%MAJOR%"
exit /b 0
