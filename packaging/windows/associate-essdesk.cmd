@echo off
rem Associe les fichiers .essdesk a essdesk pour l'utilisateur courant (sans droits
rem d'administration : tout va dans HKEY_CURRENT_USER). A lancer depuis le dossier d'essdesk,
rem a cote de essdesk.exe. "associate-essdesk.cmd /remove" retire l'association.
setlocal
set "EXE=%~dp0essdesk.exe"
set "KEY=HKCU\Software\Classes"
if /i "%~1"=="/remove" goto remove
if not exist "%EXE%" goto missing
reg add "%KEY%\.essdesk" /ve /d "essdesk.diagnostic" /f >nul || goto failed
reg add "%KEY%\.essdesk" /v "Content Type" /d "application/x-essdesk" /f >nul || goto failed
reg add "%KEY%\essdesk.diagnostic" /ve /d "Diagnostic essdesk" /f >nul || goto failed
reg add "%KEY%\essdesk.diagnostic\DefaultIcon" /ve /d "\"%EXE%\",0" /f >nul || goto failed
reg add "%KEY%\essdesk.diagnostic\shell\open\command" /ve /d "\"%EXE%\" \"%%1\"" /f >nul || goto failed
echo Les fichiers .essdesk s'ouvrent desormais avec %EXE%
echo (si l'icone ne change pas tout de suite, fermez puis rouvrez la session).
exit /b 0
:remove
reg delete "%KEY%\.essdesk" /f >nul 2>&1
reg delete "%KEY%\essdesk.diagnostic" /f >nul 2>&1
echo Association des fichiers .essdesk retiree.
exit /b 0
:missing
echo essdesk.exe introuvable a cote de ce script : %EXE%
exit /b 1
:failed
echo La modification du registre a echoue (poste verrouille ?). Voir docs/packaging.md.
exit /b 1
