; Inno Setup 6 script: wraps the PyInstaller folder dist\dutyroom into one setup program.
;
;   pip install ".[build]"
;   pyinstaller --noconfirm build_installer.spec
;   iscc /DAppVersion=0.1.0 installer\dutyroom.iss      ->  installer\Output\dutyroom-setup-0.1.0.exe
;
; Per-user install (no administrator): {localappdata}\Programs\dutyroom. Start-menu and desktop
; shortcuts, and an autostart entry (HKCU\...\Run) so the duty-room app is running after a reboot.
; The data folder %LOCALAPPDATA%\dutyroom (database, backups, logs) is NOT touched on uninstall:
; there is deliberately no [UninstallDelete] entry for it; the duty record outlives the program.
;
; Saved as UTF-8 with a BOM so the Chinese names survive on any Windows code page.
; Languages: English uses Inno Setup's Default.isl. Chinese Simplified is an unofficial translation
; (ChineseSimplified.isl from the Inno Setup translations page); drop it into the compiler's
; Languages folder and it is picked up automatically, otherwise the setup is English only.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 installer\dutyroom.iss (dutyroom/__init__.py)
#endif
#define AppName "dutyroom"
#define AppTitle "应急值守 dutyroom"
#define DistDir "..\dist\dutyroom"

[Setup]
AppId={{6C1E0E9A-3C1B-4E5F-9A59-1F0B9D3C7E21}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppPublisher=dutyroom
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppTitle}
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=Output
OutputBaseFilename={#AppName}-setup-{#AppVersion}
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppName}.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The app may be running (it autostarts): close it for the update, restart it afterwards.
CloseApplications=yes
RestartApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "autostart"; Description: "开机自动启动（值班电脑建议勾选） / Start with Windows"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppTitle}"; Filename: "{app}\{#AppName}.exe"
Name: "{autoprograms}\{#AppTitle} 命令行"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#AppName}-cli.exe"" --help"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Registry]
; Autostart for this user; removed on uninstall (the value only, never the data folder).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppName}.exe"""; Flags: uninsdeletevalue; Tasks: autostart

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent
