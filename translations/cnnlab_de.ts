<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeWording</name>
    <message>
        <source>lr %1 → %2</source>
        <translation>LR %1 → %2</translation>
    </message>
    <message>
        <source>batch %1 → %2</source>
        <translation>Batch %1 → %2</translation>
    </message>
    <message>
        <source>dropout %1 → %2</source>
        <translation>Dropout %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Exported from cnnlab</source>
        <translation>Exportiert aus cnnlab</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg, .pdf or .csv (got “%1”).</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .png, .svg, .pdf oder .csv (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The image is too large to create in memory.</source>
        <translation>Das Bild ist zu groß, um es im Arbeitsspeicher zu erzeugen.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CoachText</name>
    <message>
        <source>Validation loss has risen since epoch %1 (from %2 to %3) while training loss keeps falling: the model is memorising the training set. Try dropout.</source>
        <translation>Der Validierungsverlust steigt seit Epoche %1 (von %2 auf %3), während der Trainingsverlust weiter sinkt: Das Modell lernt die Trainingsdaten auswendig. Versuchen Sie es mit Dropout.</translation>
    </message>
    <message>
        <source>Validation loss has risen from %1 to %2 while training loss keeps falling: the model is memorising the training set. Try dropout.</source>
        <translation>Der Validierungsverlust ist von %1 auf %2 gestiegen, während der Trainingsverlust weiter sinkt: Das Modell lernt die Trainingsdaten auswendig. Versuchen Sie es mit Dropout.</translation>
    </message>
    <message>
        <source>Training accuracy keeps pulling away from validation accuracy (a gap of %1 points at epoch %2): the model is memorising the training set. Try dropout.</source>
        <translation>Die Trainingsgenauigkeit entfernt sich immer weiter von der Validierungsgenauigkeit (Abstand von %1 Punkten in Epoche %2): Das Modell lernt die Trainingsdaten auswendig. Versuchen Sie es mit Dropout.</translation>
    </message>
    <message>
        <source>Loss is stuck at %1 = ln 10, chance level: the network is guessing one of ten classes and not learning. Lower the learning rate.</source>
        <translation>Der Verlust hängt bei %1 = ln 10 fest, dem Zufallsniveau: Das Netz rät eine von zehn Klassen und lernt nichts. Senken Sie die Lernrate.</translation>
    </message>
    <message>
        <source>At epoch %1 the loss stopped being a number: training has diverged. The steps are far too large; lower the learning rate and start again.</source>
        <translation>In Epoche %1 war der Verlust keine Zahl mehr: Das Training ist divergiert. Die Schritte sind viel zu groß; senken Sie die Lernrate und starten Sie neu.</translation>
    </message>
    <message>
        <source>Training loss shot up to %1 at epoch %2 (its lowest was %3): training is diverging. Lower the learning rate.</source>
        <translation>Der Trainingsverlust ist in Epoche %2 auf %1 hochgeschnellt (sein Tiefstwert war %3): Das Training divergiert. Senken Sie die Lernrate.</translation>
    </message>
    <message>
        <source>Best validation accuracy so far: %1 at epoch %2.</source>
        <translation>Beste Validierungsgenauigkeit bisher: %1 in Epoche %2.</translation>
    </message>
    <message>
        <source>overfitting</source>
        <translation>Overfitting</translation>
    </message>
    <message>
        <source>stalled at chance</source>
        <translation>hängt auf Zufallsniveau</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>beste %1</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>Overfitting</translation>
    </message>
    <message>
        <source>Stalling</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergenz</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Beste Epoche</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam epsilon</source>
        <translation>Adam-Epsilon</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>dropout after the convolutions</source>
        <translation>Dropout nach den Faltungen</translation>
    </message>
    <message>
        <source>dropout after the dense layer</source>
        <translation>Dropout nach der Dense-Schicht</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>training subset</source>
        <translation>Trainingsteilmenge</translation>
    </message>
    <message>
        <source>held-out validation size</source>
        <translation>Größe der zurückgehaltenen Validierungsmenge</translation>
    </message>
    <message>
        <source>evaluations per epoch</source>
        <translation>Auswertungen pro Epoche</translation>
    </message>
    <message>
        <source>quick evaluation size</source>
        <translation>Größe der Schnellauswertung</translation>
    </message>
    <message>
        <source>number of sample digits</source>
        <translation>Anzahl der Beispielziffern</translation>
    </message>
    <message>
        <source>reports per second</source>
        <translation>Meldungen pro Sekunde</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read.</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>Die Datei „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The file “%1” is a damaged gzip archive. Download it again.</source>
        <translation>Die Datei „%1“ ist ein beschädigtes gzip-Archiv. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The file “%1” is not an IDX file of the expected kind (images or labels).</source>
        <translation>Die Datei „%1“ ist keine IDX-Datei der erwarteten Art (Bilder oder Labels).</translation>
    </message>
    <message>
        <source>The images in “%1” are not 28 × 28 pixels.</source>
        <translation>Die Bilder in „%1“ haben nicht 28 × 28 Pixel.</translation>
    </message>
    <message>
        <source>The file “%1” claims more items than it can hold.</source>
        <translation>Die Datei „%1“ gibt mehr Einträge an, als sie enthalten kann.</translation>
    </message>
    <message>
        <source>The file “%1” ends early; it was probably not downloaded completely.</source>
        <translation>Die Datei „%1“ endet zu früh; sie wurde wahrscheinlich nicht vollständig heruntergeladen.</translation>
    </message>
    <message>
        <source>The file “%1” has unexpected data after its last item.</source>
        <translation>Die Datei „%1“ enthält unerwartete Daten nach ihrem letzten Eintrag.</translation>
    </message>
    <message>
        <source>The number of images and labels in “%1” does not match.</source>
        <translation>Die Anzahl der Bilder und Labels in „%1“ stimmt nicht überein.</translation>
    </message>
    <message>
        <source>The labels in “%1” contain a class that does not exist.</source>
        <translation>Die Labels in „%1“ enthalten eine Klasse, die es nicht gibt.</translation>
    </message>
    <message>
        <source>The dataset was not found.</source>
        <translation>Der Datensatz wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The dataset was not found. Install it with: %1</source>
        <translation>Der Datensatz wurde nicht gefunden. Installieren Sie ihn mit: %1</translation>
    </message>
    <message>
        <source>The dataset was not found in %1. Install it with: %2</source>
        <translation>Der Datensatz wurde in %1 nicht gefunden. Installieren Sie ihn mit: %2</translation>
    </message>
    <message>
        <source>The file “%1” does not have the expected checksum; it is damaged or a different version. Download it again.</source>
        <translation>Die Datei „%1“ hat nicht die erwartete Prüfsumme; sie ist beschädigt oder eine andere Version. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The setting “%1” is out of range.</source>
        <translation>Die Einstellung „%1“ liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The chosen device is not available. Choose another device.</source>
        <translation>Das gewählte Gerät ist nicht verfügbar. Wählen Sie ein anderes Gerät.</translation>
    </message>
    <message>
        <source>The device “%1” is not available. Choose another device.</source>
        <translation>Das Gerät „%1“ ist nicht verfügbar. Wählen Sie ein anderes Gerät.</translation>
    </message>
    <message>
        <source>The device ran out of memory. Choose a smaller batch size or train on the CPU.</source>
        <translation>Dem Gerät ist der Speicher ausgegangen. Wählen Sie eine kleinere Batchgröße oder trainieren Sie auf der CPU.</translation>
    </message>
    <message>
        <source>The checkpoint “%1” could not be read.</source>
        <translation>Der Checkpoint „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The checkpoint “%1” belongs to a different model or dataset.</source>
        <translation>Der Checkpoint „%1“ gehört zu einem anderen Modell oder Datensatz.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Something went wrong inside cnnlab. Please report this.</source>
        <translation>In cnnlab ist ein interner Fehler aufgetreten. Bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Unknown error (%1).</source>
        <translation>Unbekannter Fehler (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Details: %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not reach the machine “%1”. Check its name and that it is switched on and online.</source>
        <translation>Die Maschine „%1“ ist nicht erreichbar. Prüfen Sie den Namen und ob sie eingeschaltet und online ist.</translation>
    </message>
    <message>
        <source>The machine “%1” did not let cnnlab log in without a password or a new host key. Run “ssh %1” once in a terminal and set up a key (ssh-copy-id).</source>
        <translation>Die Maschine „%1“ lässt cnnlab nicht ohne Passwort oder neuen Hostschlüssel anmelden. Führen Sie einmal „ssh %1“ in einem Terminal aus und richten Sie einen Schlüssel ein (ssh-copy-id).</translation>
    </message>
    <message>
        <source>cnnlab-train is not installed on “%1” (or not on its PATH). Install cnnlab there, or give its path under Run ▸ Remote Machines.</source>
        <translation>cnnlab-train ist auf „%1“ nicht installiert (oder nicht im PATH). Installieren Sie cnnlab dort oder geben Sie seinen Pfad unter Training ▸ Entfernte Maschinen an.</translation>
    </message>
    <message>
        <source>The cnnlab on “%1” does not speak the same language as this one. Install the same version on both machines.</source>
        <translation>Das cnnlab auf „%1“ spricht nicht dieselbe Sprache wie dieses. Installieren Sie auf beiden Maschinen dieselbe Version.</translation>
    </message>
    <message>
        <source>The connection to “%1” was lost. What arrived so far is kept.</source>
        <translation>Die Verbindung zu „%1“ ist abgebrochen. Was bisher ankam, bleibt erhalten.</translation>
    </message>
    <message>
        <source>conv blocks</source>
        <translation>Conv-Blöcke</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>Kerngröße</translation>
    </message>
    <message>
        <source>dense units</source>
        <translation>Dense-Einheiten</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Nesterov momentum (needs momentum above 0)</source>
        <translation>Nesterov-Momentum (braucht ein Momentum über 0)</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>Lernraten-Verlauf</translation>
    </message>
    <message>
        <source>epochs between learning-rate steps</source>
        <translation>Epochen zwischen Lernraten-Stufen</translation>
    </message>
    <message>
        <source>learning-rate step factor</source>
        <translation>Faktor je Lernraten-Stufe</translation>
    </message>
    <message>
        <source>warm-up fraction</source>
        <translation>Anteil des Aufwärmens</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1-Strafterm</translation>
    </message>
    <message>
        <source>label smoothing</source>
        <translation>Label Smoothing</translation>
    </message>
    <message>
        <source>augmentation shift</source>
        <translation>Verschiebung (Augmentierung)</translation>
    </message>
    <message>
        <source>augmentation rotation</source>
        <translation>Drehung (Augmentierung)</translation>
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation>Geduld des frühen Stoppens</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <source>−infinite</source>
        <translation>−unendlich</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>PlanEstimate</name>
    <message>
        <source>Duration: not known yet; train one short run on this computer and the dialog estimates it.</source>
        <translation>Dauer: noch unbekannt; trainieren Sie einen kurzen Lauf auf diesem Computer, dann schätzt der Dialog sie.</translation>
    </message>
    <message>
        <source>About %1 on this computer (%2 images/s, measured in “%3”).</source>
        <translation>Etwa %1 auf diesem Computer (%2 Bilder/s, gemessen in „%3“).</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>current run</source>
        <translation>aktueller Lauf</translation>
    </message>
    <message>
        <source>run of %1</source>
        <translation>Lauf vom %1</translation>
    </message>
    <message>
        <source>cnnlab report — %1</source>
        <translation>cnnlab-Bericht — %1</translation>
    </message>
    <message>
        <source>Dataset %1 · %2 training images · %3 validation images · %4 · created %5</source>
        <translation>Datensatz %1 · %2 Trainingsbilder · %3 Validierungsbilder · %4 · erstellt am %5</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Epochs completed</source>
        <translation>Abgeschlossene Epochen</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>Beste Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation>%1 (Epoche %2)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>Accuracy and loss</source>
        <translation>Genauigkeit und Verlust</translation>
    </message>
    <message>
        <source>Accuracy chart</source>
        <translation>Genauigkeitsdiagramm</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Verlustdiagramm</translation>
    </message>
    <message>
        <source>No metrics were recorded.</source>
        <translation>Es wurden keine Messwerte aufgezeichnet.</translation>
    </message>
    <message>
        <source>Coach notes</source>
        <translation>Hinweise des Coachs</translation>
    </message>
    <message>
        <source>Nothing to remark: no overfitting, stalling or divergence.</source>
        <translation>Nichts zu bemerken: kein Overfitting, kein Stillstand, keine Divergenz.</translation>
    </message>
    <message>
        <source>Epoch %1 · %2</source>
        <translation>Epoche %1 · %2</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Changed during the run:</source>
        <translation>Während des Laufs geändert:</translation>
    </message>
    <message>
        <source>epoch %1: %2</source>
        <translation>Epoche %1: %2</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>This run has no full evaluation.</source>
        <translation>Für diesen Lauf gibt es keine vollständige Auswertung.</translation>
    </message>
    <message>
        <source>Rows: true class; columns: predicted class. %1 of %2 right (%3).</source>
        <translation>Zeilen: tatsächliche Klasse; Spalten: vorhergesagte Klasse. %1 von %2 richtig (%3).</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>Sicherste Fehlklassifikationen</translation>
    </message>
    <message>
        <source>Sample predictions</source>
        <translation>Beispielvorhersagen</translation>
    </message>
    <message>
        <source>true class %1</source>
        <translation>tatsächliche Klasse %1</translation>
    </message>
    <message>
        <source>Written by cnnlab on %1.</source>
        <translation>Erstellt von cnnlab am %1.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>True class → predicted class: the predicted class — the model&apos;s probability for it.</source>
        <translation>Tatsächliche Klasse → vorhergesagte Klasse: die vorhergesagte Klasse — die Wahrscheinlichkeit, die das Modell ihr gibt.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>RunRenderer</name>
    <message>
        <source>Cannot read the run record “%1”: %2</source>
        <translation>Das Laufprotokoll „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The run record has no metrics to draw.</source>
        <translation>Das Laufprotokoll enthält keine Messwerte zum Zeichnen.</translation>
    </message>
    <message>
        <source>Choose an output file ending in .png, .svg, .pdf or .csv (got “%1”).</source>
        <translation>Wählen Sie eine Ausgabedatei mit der Endung .png, .svg, .pdf oder .csv (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Accuracy — %1</source>
        <translation>Genauigkeit — %1</translation>
    </message>
    <message>
        <source>Loss — %1</source>
        <translation>Verlust — %1</translation>
    </message>
</context>
<context>
    <name>SettingsWording</name>
    <message numerus="yes">
        <source>%n conv block(s)</source>
        <translation>
            <numerusform>%n Conv-Block</numerusform>
            <numerusform>%n Conv-Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation>%1 Filter</translation>
    </message>
    <message>
        <source>%1×%1 kernels</source>
        <translation>%1×%1-Kerne</translation>
    </message>
    <message>
        <source>dense %1</source>
        <translation>Dense %1</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batch-Norm</translation>
    </message>
    <message>
        <source>%1 schedule</source>
        <translation>Verlauf %1</translation>
    </message>
    <message>
        <source>weight decay %1</source>
        <translation>Weight Decay %1</translation>
    </message>
    <message>
        <source>L2 %1</source>
        <translation>L2 %1</translation>
    </message>
    <message>
        <source>L1 %1</source>
        <translation>L1 %1</translation>
    </message>
    <message>
        <source>label smoothing %1</source>
        <translation>Label Smoothing %1</translation>
    </message>
    <message>
        <source>shift %1 px</source>
        <translation>Verschiebung %1 px</translation>
    </message>
    <message>
        <source>rotate %1°</source>
        <translation>Drehung %1°</translation>
    </message>
    <message>
        <source>early stop %1</source>
        <translation>früher Stopp %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ChartsPanel</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Loss (cross-entropy)</source>
        <translation>Verlust (Kreuzentropie)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>Legend entry where there is little room (for &quot;Training&quot;)</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation>Optimiererschritte</translation>
    </message>
    <message>
        <source>Images seen</source>
        <translation>Gesehene Bilder</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>Trainingszeit (s)</translation>
    </message>
    <message>
        <source>Validation (quick): a fixed part of the validation images, measured several times per epoch so the curve moves while the model trains</source>
        <translation>Validierung (schnell): ein fester Teil der Validierungsbilder, mehrmals pro Epoche gemessen, damit sich die Kurve während des Trainings bewegt</translation>
    </message>
    <message>
        <source>Validation (full set): every validation image, measured at the end of each epoch; the figures the lab reports</source>
        <translation>Validierung (vollständige Menge): alle Validierungsbilder, am Ende jeder Epoche gemessen; die Werte, die das Labor angibt</translation>
    </message>
    <message>
        <source>Val. (quick)</source>
        <extracomment>Legend entry where there is little room (for &quot;Val. (quick)&quot;)</extracomment>
        <translation>Val. (schnell)</translation>
    </message>
    <message>
        <source>Val. (full set)</source>
        <extracomment>Legend entry where there is little room (for &quot;Val. (full set)&quot;)</extracomment>
        <translation>Val. (vollständig)</translation>
    </message>
    <message>
        <source>Train.</source>
        <translation>Train.</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Val. full</source>
        <translation>Val. voll</translation>
    </message>
    <message>
        <source>Training: the batches the model has just learned from, smoothed over steps (%1; View ▸ Training Curve Smoothing)</source>
        <translation>Training: die Batches, aus denen das Modell gerade gelernt hat, über Schritte geglättet (%1; Ansicht ▸ Glättung der Trainingskurve)</translation>
    </message>
    <message>
        <source>Training: the batches the model has just learned from, unsmoothed</source>
        <translation>Training: die Batches, aus denen das Modell gerade gelernt hat, ungeglättet</translation>
    </message>
    <message>
        <source>smoothing %1</source>
        <extracomment>How strongly the training curve is smoothed (0 = not at all, 0.95 = most)</extracomment>
        <translation>Glättung %1</translation>
    </message>
    <message>
        <source>Training Curve &amp;Smoothing</source>
        <translation>&amp;Glättung der Trainingskurve</translation>
    </message>
    <message>
        <source>None (step means)</source>
        <translation>Keine (Schrittmittel)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ClusterJob</name>
    <message>
        <source>The cluster&apos;s login node answered: %1</source>
        <translation>Der Login-Knoten des Clusters antwortete: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ClusterPanel</name>
    <message>
        <source>Waiting in Slurm&apos;s queue</source>
        <translation>Wartet in der Slurm-Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started, no result yet</source>
        <translation>Gestartet, noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>No cluster job. Reproduce the Lab or Sweep with “Run on: Slurm cluster” sends one (set the cluster&apos;s login node up in Run ▸ Remote Machines…).</source>
        <translation>Kein Cluster-Job. „Labor nachvollziehen“ oder „Sweep“ mit „Ausführen auf: Slurm-Cluster“ schickt einen (den Login-Knoten des Clusters richten Sie unter Training ▸ Entfernte Maschinen… ein).</translation>
    </message>
    <message>
        <source>Submitting to Slurm on %1…</source>
        <translation>Übergebe an Slurm auf %1…</translation>
    </message>
    <message>
        <source>Slurm job %1 on %2 (%3): %4 of %5 tasks ended, %6 runs in the history</source>
        <translation>Slurm-Job %1 auf %2 (%3): %4 von %5 Aufgaben beendet, %6 Läufe im Verlauf</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Tasks of the cluster job</source>
        <translation>Aufgaben des Cluster-Jobs</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CoachPanel</name>
    <message>
        <source>Coach notes</source>
        <translation>Hinweise des Coachs</translation>
    </message>
    <message>
        <source>What the coach noticed in this run&apos;s curves, newest last</source>
        <translation>Was dem Coach an den Kurven dieses Laufs aufgefallen ist, neueste zuletzt</translation>
    </message>
    <message>
        <source>The coach comments on the curves after each evaluation.</source>
        <translation>Der Coach kommentiert die Kurven nach jeder Auswertung.</translation>
    </message>
    <message>
        <source>Epoch %1 · %2
%3</source>
        <translation>Epoche %1 · %2
%3</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ComparisonDialog</name>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points</extracomment>
        <translation>%1 PP</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Final val. acc.</source>
        <translation>Val.-Gen. (Ende)</translation>
    </message>
    <message>
        <source>Best val. acc.</source>
        <translation>Beste Val.-Gen.</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Beste Epoche</translation>
    </message>
    <message>
        <source>Train–val gap</source>
        <translation>Abstand Train–Val</translation>
    </message>
    <message>
        <source>Final val. loss</source>
        <translation>Val.-Verlust (Ende)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Comparison of runs</source>
        <translation>Vergleich der Läufe</translation>
    </message>
    <message>
        <source>The lab&apos;s claim</source>
        <translation>Aussage des Labs</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>What cnnlab measured</source>
        <translation>Was cnnlab gemessen hat</translation>
    </message>
    <message>
        <source>Verdicts on the lab&apos;s claims</source>
        <translation>Urteile zu den Aussagen des Labs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Did the lab&apos;s findings hold?&lt;/b&gt; A difference counts only when it is larger than the noise between seeds.</source>
        <translation>&lt;b&gt;Haben sich die Ergebnisse des Labs bestätigt?&lt;/b&gt; Ein Unterschied zählt nur, wenn er größer ist als das Rauschen zwischen den Seeds.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>Den Vergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown</source>
        <translation>Den Vergleich als Markdown exportieren</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the comparison as Markdown</source>
        <translation>Den Vergleich als Markdown kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Without dropout, training accuracy runs ahead of validation (overfitting).</source>
        <translation>Ohne Dropout läuft die Trainingsgenauigkeit der Validierungsgenauigkeit davon (Overfitting).</translation>
    </message>
    <message>
        <source>Dropout raises validation accuracy.</source>
        <translation>Dropout erhöht die Validierungsgenauigkeit.</translation>
    </message>
    <message>
        <source>Batch size 1000 ends below batch size 32.</source>
        <translation>Batchgröße 1000 endet schlechter als Batchgröße 32.</translation>
    </message>
    <message>
        <source>Learning rate 0.01 fails to converge.</source>
        <translation>Mit Lernrate 0,01 konvergiert das Training nicht.</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>reproduziert</translation>
    </message>
    <message>
        <source>not reproduced</source>
        <translation>nicht reproduziert</translation>
    </message>
    <message>
        <source>within noise</source>
        <translation>im Rauschen</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>The runs for this claim are missing.</source>
        <translation>Die Läufe für diese Aussage fehlen.</translation>
    </message>
    <message>
        <source>Final validation accuracy with lr 0.01: %1.</source>
        <translation>Validierungsgenauigkeit am Ende mit LR 0,01: %1.</translation>
    </message>
    <message>
        <source>Training minus validation accuracy: %1 (noise %2).</source>
        <translation>Trainings- minus Validierungsgenauigkeit: %1 (Rauschen %2).</translation>
    </message>
    <message>
        <source>Dropout minus no dropout: %1 (noise %2).</source>
        <translation>Mit Dropout minus ohne Dropout: %1 (Rauschen %2).</translation>
    </message>
    <message>
        <source>Batch 32 minus batch 1000: %1 (noise %2).</source>
        <translation>Batch 32 minus Batch 1000: %1 (Rauschen %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1 group(s). Group rows show the mean ± standard deviation over seeds.</source>
        <translation>
            <numerusform>%n Lauf in %1 Gruppe(n). Gruppenzeilen zeigen Mittelwert ± Standardabweichung über die Seeds.</numerusform>
            <numerusform>%n Läufe in %1 Gruppe(n). Gruppenzeilen zeigen Mittelwert ± Standardabweichung über die Seeds.</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %n seed(s))</source>
        <translation>
            <numerusform>%1 (Mittel über %n Seed)</numerusform>
            <numerusform>%1 (Mittel über %n Seeds)</numerusform>
        </translation>
    </message>
    <message>
        <source>All seeds together</source>
        <translation>Alle Seeds zusammen</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the comparison: %1</source>
        <translation>Der Vergleich kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>%1, from one seed: run the lab with 2 or more seeds to tell this from seed-to-seed noise.</source>
        <translation>%1, aus einem einzigen Seed: Führen Sie das Lab mit 2 oder mehr Seeds aus, um dies vom Rauschen zwischen Seeds zu unterscheiden.</translation>
    </message>
    <message>
        <source>1 seed — noise not measured</source>
        <translation>1 Seed — Rauschen nicht gemessen</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Rows: true class. Columns: predicted class. Click a cell to see its images.</source>
        <translation>Zeilen: tatsächliche Klasse. Spalten: vorhergesagte Klasse. Klicken Sie auf eine Zelle, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>tatsächliche Klasse</translation>
    </message>
    <message>
        <source>Appears after the first full evaluation (end of epoch 1)</source>
        <translation>Erscheint nach der ersten vollständigen Auswertung (Ende von Epoche 1)</translation>
    </message>
    <message>
        <source>%1 of %2 images of “%3” recognised (%4)</source>
        <translation>%1 von %2 Bildern der Klasse „%3“ erkannt (%4)</translation>
    </message>
    <message>
        <source>%1 images of “%2” taken for “%3” (%4 of that class). Click to see them.</source>
        <translation>%1 Bilder der Klasse „%2“ für „%3“ gehalten (%4 dieser Klasse). Klicken Sie, um sie zu sehen.</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>A count in thousands in a small confusion-matrix cell (&quot;1.1k&quot; for 1,135)</extracomment>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionPanel</name>
    <message>
        <source>Row &amp;percentages</source>
        <translation>Prozent &amp;je Zeile</translation>
    </message>
    <message>
        <source>Show each row as percentages of that true class instead of counts</source>
        <translation>Jede Zeile als Prozentanteile der tatsächlichen Klasse statt als Anzahlen zeigen</translation>
    </message>
    <message>
        <source>Show row percentages</source>
        <translation>Zeilenprozente anzeigen</translation>
    </message>
    <message>
        <source>Misclassified images of the selected cell</source>
        <translation>Falsch klassifizierte Bilder der gewählten Zelle</translation>
    </message>
    <message>
        <source>Which digits are taken for which: appears after the first full evaluation.</source>
        <translation>Welche Ziffern für welche gehalten werden: erscheint nach der ersten vollständigen Auswertung.</translation>
    </message>
    <message>
        <source>Epoch %1: %2 of %3 validation images right (%4).</source>
        <translation>Epoche %1: %2 von %3 Validierungsbildern richtig (%4).</translation>
    </message>
    <message>
        <source>Click a cell to see the images behind it.</source>
        <translation>Klicken Sie auf eine Zelle, um die Bilder dahinter zu sehen.</translation>
    </message>
    <message>
        <source>True %1 predicted %1: %2 images right. Click an off-diagonal cell to see mistakes.</source>
        <translation>Tatsächlich %1, vorhergesagt %1: %2 Bilder richtig. Klicken Sie auf eine Zelle außerhalb der Diagonale, um Fehler zu sehen.</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3 images</source>
        <translation>Tatsächlich %1, vorhergesagt %2: %3 Bilder</translation>
    </message>
    <message>
        <source>(%1 shown: only the %2 most confident mistakes are kept)</source>
        <translation>(%1 angezeigt: nur die %2 sichersten Fehler werden behalten)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ControlsPanel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Dr&amp;opout</source>
        <translation>Dr&amp;opout</translation>
    </message>
    <message>
        <source>Randomly silence units while training (the lab&apos;s regularisation). Applies immediately, also during a run.</source>
        <translation>Schaltet beim Training zufällig Neuronen ab (die Regularisierung des Labs). Wirkt sofort, auch während eines Laufs.</translation>
    </message>
    <message>
        <source>Dropout rate after the convolution and max-pool block</source>
        <translation>Dropout-Rate nach dem Block aus Faltung und Max-Pooling</translation>
    </message>
    <message>
        <source>After &amp;convolutions:</source>
        <translation>Nach den &amp;Faltungen:</translation>
    </message>
    <message>
        <source>After de&amp;nse layer:</source>
        <translation>Nach der De&amp;nse-Schicht:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>Learning rate on a logarithmic scale, 0.00001 to 0.1. Applies immediately, also during a run.</source>
        <translation>Lernrate auf logarithmischer Skala, 0,00001 bis 0,1. Wirkt sofort, auch während eines Laufs.</translation>
    </message>
    <message>
        <source>Batch size in powers of two, 8 to 4096. During a run it applies at the next epoch.</source>
        <translation>Batchgröße in Zweierpotenzen, 8 bis 4096. Während eines Laufs wirkt sie ab der nächsten Epoche.</translation>
    </message>
    <message>
        <source>Any batch size from 1 to 60,000</source>
        <translation>Beliebige Batchgröße von 1 bis 60.000</translation>
    </message>
    <message>
        <source>How many times the weights are updated in one pass over the training set. Batch 32 and batch 1000 do very different amounts of learning per epoch.</source>
        <translation>Wie oft die Gewichte in einem Durchgang durch die Trainingsdaten aktualisiert werden. Batch 32 und Batch 1000 lernen pro Epoche sehr unterschiedlich viel.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>Random seed: the same seed and settings give the same run on the same device</source>
        <translation>Zufalls-Seed: Gleicher Seed und gleiche Einstellungen ergeben auf demselben Gerät denselben Lauf</translation>
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation>Opt&amp;imierer:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Data and device</source>
        <translation>Daten und Gerät</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>MNIST-Ziffern</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Testmenge</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>The 10,000 test images (what the lab called validation)</source>
        <translation>Die 10.000 Testbilder (im Lab „Validierung“ genannt)</translation>
    </message>
    <message>
        <source>The last 10,000 training images, never trained on</source>
        <translation>Die letzten 10.000 Trainingsbilder, nie zum Training verwendet</translation>
    </message>
    <message>
        <source>Train on the first N images only, for quick demonstrations</source>
        <translation>Nur mit den ersten N Bildern trainieren, für schnelle Vorführungen</translation>
    </message>
    <message>
        <source>D&amp;ataset:</source>
        <translation>Datensat&amp;z:</translation>
    </message>
    <message>
        <source>Valida&amp;tion:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>Trainin&amp;g images:</source>
        <translation>Trainin&amp;gsbilder:</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>Ger&amp;ät:</translation>
    </message>
    <message>
        <source>Cost meter</source>
        <translation>Kostenzähler</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> pro Stunde</translation>
    </message>
    <message>
        <source>Price of the machine per hour. $3.06 is the on-demand price of the AWS p3.2xlarge the lab used.</source>
        <translation>Preis der Maschine pro Stunde. 3,06 $ ist der On-Demand-Preis der AWS-Instanz p3.2xlarge, die das Lab verwendet hat.</translation>
    </message>
    <message>
        <source>&amp;Machine price:</source>
        <translation>&amp;Maschinenpreis:</translation>
    </message>
    <message>
        <source>Lab &amp;Defaults</source>
        <translation>Lab-Standard&amp;werte</translation>
    </message>
    <message>
        <source>The lab&apos;s reference configuration: dropout 0.25/0.5, Adam, learning rate 0.001, batch 32, 10 epochs, seed 42, all 60,000 images</source>
        <translation>Die Referenzkonfiguration des Labs: Dropout 0,25/0,5, Adam, Lernrate 0,001, Batch 32, 10 Epochen, Seed 42, alle 60.000 Bilder</translation>
    </message>
    <message>
        <source>During a run: learning rate and dropout apply immediately, batch size at the next epoch.</source>
        <translation>Während eines Laufs: Lernrate und Dropout wirken sofort, die Batchgröße ab der nächsten Epoche.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Turns dropout on or off; applies immediately, also during a run</source>
        <translation>Schaltet Dropout ein oder aus; wirkt sofort, auch während eines Laufs</translation>
    </message>
    <message>
        <source>Dropout after convolutions</source>
        <translation>Dropout nach den Faltungen</translation>
    </message>
    <message>
        <source>Dropout rate after the convolution block</source>
        <translation>Dropout-Rate nach dem Faltungsblock</translation>
    </message>
    <message>
        <source>Dropout after dense layer</source>
        <translation>Dropout nach der Dense-Schicht</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Logarithmic scale from 0.00001 to 0.1. Ctrl+Up and Ctrl+Down change it by one step.</source>
        <translation>Logarithmische Skala von 0,00001 bis 0,1. Strg+Pfeil nach oben und Strg+Pfeil nach unten ändern sie um einen Schritt.</translation>
    </message>
    <message>
        <source>Learning rate value</source>
        <translation>Wert der Lernrate</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Powers of two from 8 to 4096. Ctrl+Right and Ctrl+Left double or halve it.</source>
        <translation>Zweierpotenzen von 8 bis 4096. Strg+Pfeil nach rechts und Strg+Pfeil nach links verdoppeln bzw. halbieren sie.</translation>
    </message>
    <message>
        <source>Batch size value</source>
        <translation>Wert der Batchgröße</translation>
    </message>
    <message>
        <source>Updates per epoch</source>
        <translation>Updates pro Epoche</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Passes over the training set</source>
        <translation>Durchgänge durch die Trainingsdaten</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>The same seed and settings give the same run on the same device</source>
        <translation>Gleicher Seed und gleiche Einstellungen ergeben auf demselben Gerät denselben Lauf</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>MNIST digits or Fashion-MNIST</source>
        <translation>MNIST-Ziffern oder Fashion-MNIST</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>Validierungsdaten</translation>
    </message>
    <message>
        <source>Where validation accuracy is measured</source>
        <translation>Wo die Validierungsgenauigkeit gemessen wird</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>Train on the first N images only</source>
        <translation>Nur mit den ersten N Bildern trainieren</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Where the model trains</source>
        <translation>Wo das Modell trainiert wird</translation>
    </message>
    <message>
        <source>Machine price per hour</source>
        <translation>Maschinenpreis pro Stunde</translation>
    </message>
    <message>
        <source>Used by the cost meter in the status bar</source>
        <translation>Wird vom Kostenzähler in der Statusleiste verwendet</translation>
    </message>
    <message>
        <source>Lab defaults</source>
        <translation>Lab-Standardwerte</translation>
    </message>
    <message>
        <source>Restores the lab&apos;s reference configuration</source>
        <translation>Stellt die Referenzkonfiguration des Labs wieder her</translation>
    </message>
    <message>
        <source>, left over: %1</source>
        <translation>, Rest: %1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Batch size %1 is not possible: a batch holds 1 to %2 images (the training set). Kept %3.</source>
        <translation>Batchgröße %1 ist nicht möglich: Ein Batch enthält 1 bis %2 Bilder (die Trainingsmenge). %3 bleibt eingestellt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; update(s) per epoch&lt;br&gt;%1 images ÷ batch %2</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Update pro Epoche&lt;br&gt;%1 Bilder ÷ Batch %2</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Updates pro Epoche&lt;br&gt;%1 Bilder ÷ Batch %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is larger than the %2 training images: each step uses all %2, so an epoch is a single update and the charts move only once per epoch.</source>
        <translation>Batch %1 ist größer als die %2 Trainingsbilder: Jeder Schritt nutzt alle %2, eine Epoche ist also ein einziges Update, und die Diagramme bewegen sich nur einmal pro Epoche.</translation>
    </message>
    <message>
        <source>Dropout rate after the dense layer</source>
        <translation>Dropout-Rate nach der Dense-Schicht</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam, SGD with momentum, AdamW or RMSprop</source>
        <translation>Adam, SGD mit Momentum, AdamW oder RMSprop</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetup</name>
    <message>
        <source>&amp;Download MNIST…</source>
        <translation>MNIST &amp;herunterladen…</translation>
    </message>
    <message>
        <source>&amp;Locate MNIST Folder…</source>
        <translation>MNIST-Ordner &amp;wählen…</translation>
    </message>
    <message>
        <source>MNIST is installed in %1. Press Start to train.</source>
        <translation>MNIST ist in %1 installiert. Drücken Sie „Starten“, um zu trainieren.</translation>
    </message>
    <message>
        <source>Using MNIST from %1.</source>
        <translation>MNIST aus %1 wird verwendet.</translation>
    </message>
    <message>
        <source>File ▸ Download MNIST… installs a fresh, verified copy; File ▸ Locate MNIST Folder… uses another folder.</source>
        <translation>Datei ▸ MNIST herunterladen… installiert eine frische, geprüfte Kopie; Datei ▸ MNIST-Ordner wählen… nutzt einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetupDialog</name>
    <message>
        <source>Folder with the MNIST files</source>
        <translation>Ordner mit den MNIST-Dateien</translation>
    </message>
    <message>
        <source>MNIST Not Found</source>
        <translation>MNIST nicht gefunden</translation>
    </message>
    <message>
        <source>MNIST is not installed</source>
        <translation>MNIST ist nicht installiert</translation>
    </message>
    <message>
        <source>Fashion-MNIST is installed (in %1) and works without this: choose it under Dataset on the left.</source>
        <translation>Fashion-MNIST ist installiert (in %1) und funktioniert auch ohne: Wählen Sie es links unter „Datensatz“.</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Ordner wird geprüft…</translation>
    </message>
    <message>
        <source>The folder “%1” does not hold the four MNIST files.</source>
        <translation>Der Ordner „%1“ enthält nicht die vier MNIST-Dateien.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be used: %2</source>
        <translation>Der Ordner „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Problem with the chosen folder</source>
        <translation>Problem mit dem gewählten Ordner</translation>
    </message>
    <message>
        <source>What is missing and how to get it</source>
        <translation>Was fehlt und wie man es bekommt</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>&amp;Locate Folder…</source>
        <translation>Ordner &amp;suchen…</translation>
    </message>
    <message>
        <source>Locate a folder with the MNIST files</source>
        <translation>Einen Ordner mit den MNIST-Dateien suchen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>MNIST herunterladen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>MNIST Folder</source>
        <translation>MNIST-Ordner</translation>
    </message>
    <message>
        <source>Where cnnlab reads MNIST</source>
        <translation>Woher cnnlab MNIST liest</translation>
    </message>
    <message>
        <source>the four IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each possibly .gz)</source>
        <translation>die vier IDX-Dateien (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, jeweils auch als .gz)</translation>
    </message>
    <message>
        <source>Locate a folder that holds %1, or download a fresh copy (about 11 MB, checked against pinned SHA-256 checksums).</source>
        <translation>Wählen Sie einen Ordner, der %1 enthält, oder laden Sie eine frische Kopie herunter (etwa 11 MB, gegen festgelegte SHA-256-Prüfsummen geprüft).</translation>
    </message>
    <message>
        <source>cnnlab trains on the MNIST handwritten digits, which were not found on this computer. Download them now (about 11 MB, checked against pinned SHA-256 checksums), or locate a folder that already holds %1.</source>
        <translation>cnnlab trainiert mit den handgeschriebenen MNIST-Ziffern, die auf diesem Computer nicht gefunden wurden. Laden Sie sie jetzt herunter (etwa 11 MB, gegen festgelegte SHA-256-Prüfsummen geprüft) oder wählen Sie einen Ordner, der bereits %1 enthält.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DeviceCombo</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The first GPU if there is one, else the CPU</source>
        <translation>Die erste GPU, falls vorhanden, sonst die CPU</translation>
    </message>
    <message>
        <source>%1 — automatic (remote)</source>
        <translation>%1 — automatisch (entfernt)</translation>
    </message>
    <message>
        <source>Trains on %1 through ssh: its first GPU if it has one, else its CPU</source>
        <translation>Trainiert über ssh auf %1: dessen erste GPU, falls vorhanden, sonst dessen CPU</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DigitCanvas</name>
    <message>
        <source>Drawing pad</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger</source>
        <translation>Zeichnen Sie eine Ziffer mit der Maus, einem Stift oder dem Finger</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DownloadDialog</name>
    <message>
        <source>Download MNIST</source>
        <translation>MNIST herunterladen</translation>
    </message>
    <message>
        <source>cnnlab downloads the four MNIST files (about 11 MB) from %1, checks each against its SHA-256 checksum and installs them in %2.</source>
        <translation>cnnlab lädt die vier MNIST-Dateien (etwa 11 MB) von %1 herunter, prüft jede anhand ihrer SHA-256-Prüfsumme und installiert sie in %2.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>What will be downloaded</source>
        <translation>Was heruntergeladen wird</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Download-Status</translation>
    </message>
    <message>
        <source>Start the download</source>
        <translation>Download starten</translation>
    </message>
    <message>
        <source>Cancel the download or close</source>
        <translation>Download abbrechen oder schließen</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ready to download.</source>
        <translation>Bereit zum Herunterladen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 MB</source>
        <translation>%1 wird heruntergeladen: %2 von %3 MB</translation>
    </message>
    <message>
        <source>Downloading %1: %2 MB</source>
        <translation>%1 wird heruntergeladen: %2 MB</translation>
    </message>
    <message>
        <source>Checking and installing…</source>
        <translation>Prüfen und installieren…</translation>
    </message>
    <message>
        <source>MNIST is installed in %1.</source>
        <translation>MNIST ist in %1 installiert.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>Der Download ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>Abgebrochen; es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Download error</source>
        <translation>Download-Fehler</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawPadPanel</name>
    <message>
        <source>&amp;Clear</source>
        <translation>L&amp;öschen</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Die Zeichnung löschen</translation>
    </message>
    <message>
        <source>Load &amp;Checkpoint…</source>
        <translation>&amp;Checkpoint laden…</translation>
    </message>
    <message>
        <source>Use the model saved by a finished run (checkpoint.pt)</source>
        <translation>Das von einem abgeschlossenen Lauf gespeicherte Modell verwenden (checkpoint.pt)</translation>
    </message>
    <message>
        <source>Load checkpoint</source>
        <translation>Checkpoint laden</translation>
    </message>
    <message>
        <source>What the network sees (28 × 28)</source>
        <translation>Was das Netz sieht (28 × 28)</translation>
    </message>
    <message>
        <source>The drawing as the network sees it</source>
        <translation>Die Zeichnung, wie das Netz sie sieht</translation>
    </message>
    <message>
        <source>The model thinks it is</source>
        <translation>Das Modell hält es für</translation>
    </message>
    <message>
        <source>Probability of guess %1</source>
        <translation>Wahrscheinlichkeit für Vorschlag %1</translation>
    </message>
    <message>
        <source>Cannot load the checkpoint “%1”: %2</source>
        <translation>Der Checkpoint „%1“ kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Load Checkpoint</source>
        <translation>Checkpoint laden</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No model yet: press Start to train one (predictions appear after its first evaluation), or load a finished run&apos;s checkpoint.</source>
        <translation>Noch kein Modell: Drücken Sie „Starten“, um eines zu trainieren (Vorhersagen erscheinen nach seiner ersten Auswertung), oder laden Sie den Checkpoint eines abgeschlossenen Laufs.</translation>
    </message>
    <message>
        <source>Model: checkpoint %1.</source>
        <translation>Modell: Checkpoint %1.</translation>
    </message>
    <message>
        <source>Model: the run in progress, as of its last evaluation.</source>
        <translation>Modell: der aktuelle Lauf, Stand seiner letzten Auswertung.</translation>
    </message>
    <message>
        <source>Model: the last finished run.</source>
        <translation>Modell: der letzte abgeschlossene Lauf.</translation>
    </message>
    <message>
        <source>Draw a digit in the box.</source>
        <translation>Zeichnen Sie eine Ziffer in das Feld.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ExperimentsController</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Sweep Results</source>
        <translation>Sweep-Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Runs Panel</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>S&amp;weep Results</source>
        <translation>Sweep-E&amp;rgebnisse</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperimente</translation>
    </message>
    <message>
        <source>&amp;Reproduce the Lab…</source>
        <translation>Lab &amp;reproduzieren…</translation>
    </message>
    <message>
        <source>Reproduce the Lab…</source>
        <translation>Lab reproduzieren…</translation>
    </message>
    <message>
        <source>Queue the lab&apos;s four configurations over several seeds and judge its claims</source>
        <translation>Die vier Konfigurationen des Labs mit mehreren Seeds in die Warteschlange stellen und seine Aussagen beurteilen</translation>
    </message>
    <message>
        <source>&amp;Sweep…</source>
        <translation>&amp;Sweep…</translation>
    </message>
    <message>
        <source>Queue a grid of learning rates, batch sizes and dropout settings</source>
        <translation>Ein Raster aus Lernraten, Batchgrößen und Dropout-Einstellungen in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>Läufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare the runs checked (or selected) in the runs panel</source>
        <translation>Die in der Läufe-Liste angehakten (oder ausgewählten) Läufe vergleichen</translation>
    </message>
    <message>
        <source>&amp;X Axis</source>
        <translation>&amp;X-Achse</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>&amp;Epochen</translation>
    </message>
    <message>
        <source>Optimizer &amp;Steps</source>
        <translation>Optimierer&amp;schritte</translation>
    </message>
    <message>
        <source>&amp;Images Seen</source>
        <translation>Gesehene &amp;Bilder</translation>
    </message>
    <message>
        <source>Training &amp;Time</source>
        <translation>Trainings&amp;zeit</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation>Optimiererschritte</translation>
    </message>
    <message>
        <source>Images seen</source>
        <translation>Gesehene Bilder</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>X axis of the charts</source>
        <translation>X-Achse der Diagramme</translation>
    </message>
    <message>
        <source>What the charts&apos; x axis counts, for the live run and the overlays</source>
        <translation>Was die X-Achse der Diagramme zählt, für den aktuellen Lauf und die Überlagerungen</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>X-A&amp;chse:</translation>
    </message>
    <message>
        <source>Reproduce the lab</source>
        <translation>Lab reproduzieren</translation>
    </message>
    <message>
        <source>The run could not be saved to the run history. It is still shown; File ▸ Save Run Record… keeps it.</source>
        <translation>Der Lauf konnte nicht im Laufarchiv gespeichert werden. Er wird weiterhin angezeigt; Datei ▸ Laufprotokoll speichern… sichert ihn.</translation>
    </message>
    <message>
        <source>The run could not be saved to the run history: %1 It is still shown; File ▸ Save Run Record… keeps it elsewhere.</source>
        <translation>Der Lauf konnte nicht im Laufarchiv gespeichert werden: %1 Er wird weiterhin angezeigt; Datei ▸ Laufprotokoll speichern… sichert ihn an anderer Stelle.</translation>
    </message>
    <message>
        <source>The run is in the run history, but its trained model could not be saved: %1</source>
        <translation>Der Lauf ist im Laufarchiv, aber sein trainiertes Modell konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to the run history: %1</source>
        <translation>Im Laufarchiv gespeichert: %1</translation>
    </message>
    <message>
        <source>Queue: starting %1 (%2 of %3)</source>
        <translation>Warteschlange: %1 wird gestartet (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ExplainDocks</name>
    <message>
        <source>E&amp;xplain</source>
        <translation>Er&amp;klären</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Confusion Matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehlklassifikationen</translation>
    </message>
    <message>
        <source>Draw a Digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <source>Filters and Feature Maps</source>
        <translation>Filter und Feature-Maps</translation>
    </message>
    <message>
        <source>Plain-language notes on the curves: overfitting, stalling, divergence, the best epoch</source>
        <translation>Hinweise in einfacher Sprache zu den Kurven: Overfitting, Stillstand, Divergenz, die beste Epoche</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Write the run&apos;s charts, settings, coach notes and confusion matrix as an HTML page or a PDF</source>
        <translation>Diagramme, Einstellungen, Coach-Hinweise und Konfusionsmatrix des Laufs als HTML-Seite oder PDF ausgeben</translation>
    </message>
    <message>
        <source>There is no run to report on yet: train one or open a run record.</source>
        <translation>Es gibt noch keinen Lauf für einen Bericht: Trainieren Sie einen oder öffnen Sie ein Laufprotokoll.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation>Webseite (*.html);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FileLocations</name>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FiltersPanel</name>
    <message>
        <source>Red: positive weights, blue: negative. Each filter slides over the image and responds to a small pattern such as an edge in one direction.</source>
        <translation>Rot: positive Gewichte, Blau: negative. Jeder Filter gleitet über das Bild und reagiert auf ein kleines Muster, etwa eine Kante in einer Richtung.</translation>
    </message>
    <message>
        <source>&amp;Digit:</source>
        <translation>Ziffe&amp;r:</translation>
    </message>
    <message>
        <source>Digit whose feature maps are shown</source>
        <translation>Ziffer, deren Feature-Maps gezeigt werden</translation>
    </message>
    <message>
        <source>The chosen digit</source>
        <translation>Die gewählte Ziffer</translation>
    </message>
    <message>
        <source>No model yet: train one or load a checkpoint in the drawing pad.</source>
        <translation>Noch kein Modell: Trainieren Sie eines oder laden Sie einen Checkpoint in der Zeichenfläche.</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>Filter der ersten Schicht</translation>
    </message>
    <message>
        <source>Layer 1 feature maps</source>
        <translation>Feature-Maps der Schicht 1</translation>
    </message>
    <message>
        <source>Layer 2 feature maps</source>
        <translation>Feature-Maps der Schicht 2</translation>
    </message>
    <message>
        <source>Sample %1 (%2)</source>
        <translation>Beispiel %1 (%2)</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Ihre Zeichnung</translation>
    </message>
    <message>
        <source>Filters and feature maps</source>
        <translation>Filter und Feature-Maps</translation>
    </message>
    <message>
        <source>First layer: %1 learned %2 × %2 filters</source>
        <translation>Erste Schicht: %1 gelernte %2 × %2-Filter</translation>
    </message>
    <message>
        <source>Layer 1: what each of the %1 filters sees in it (%2 × %2)</source>
        <translation>Schicht 1: was jeder der %1 Filter darin sieht (%2 × %2)</translation>
    </message>
    <message>
        <source>Layer 2: %1 feature maps built from those (%2 × %2)</source>
        <translation>Schicht 2: %1 daraus aufgebaute Feature-Maps (%2 × %2)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::KeyboardShortcuts</name>
    <message>
        <source>&amp;Increase Learning Rate</source>
        <translation>Lernrate &amp;erhöhen</translation>
    </message>
    <message>
        <source>&amp;Decrease Learning Rate</source>
        <translation>Lernrate &amp;verringern</translation>
    </message>
    <message>
        <source>Lar&amp;ger Batch</source>
        <translation>&amp;Größerer Batch</translation>
    </message>
    <message>
        <source>S&amp;maller Batch</source>
        <translation>&amp;Kleinerer Batch</translation>
    </message>
    <message>
        <source>Toggle Dr&amp;opout</source>
        <translation>Dr&amp;opout ein/aus</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Start; while running: pause or resume</source>
        <translation>Starten; während des Laufs: pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop the run or replay; in presenter mode with nothing running: leave presenter mode</source>
        <translation>Lauf oder Wiedergabe stoppen; im Präsentationsmodus, wenn nichts läuft: Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::LabDialog</name>
    <message>
        <source>Reproduce the Lab</source>
        <translation>Lab reproduzieren</translation>
    </message>
    <message>
        <source>Trains the lab&apos;s four configurations — no dropout, dropout, batch size 1000 and learning rate 0.01 — once per seed, one after the other, then judges each of the lab&apos;s claims against the noise between seeds.</source>
        <translation>Trainiert die vier Konfigurationen des Labs — ohne Dropout, mit Dropout, Batchgröße 1000 und Lernrate 0,01 — einmal pro Seed, nacheinander, und beurteilt dann jede Aussage des Labs im Vergleich zum Rauschen zwischen den Seeds.</translation>
    </message>
    <message>
        <source>&amp;Seeds per configuration:</source>
        <translation>&amp;Seeds pro Konfiguration:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Training &amp;images:</source>
        <translation>Trainings&amp;bilder:</translation>
    </message>
    <message>
        <source>Seeds per configuration</source>
        <translation>Seeds pro Konfiguration</translation>
    </message>
    <message>
        <source>More seeds tell a real difference from luck; 3 is a good start</source>
        <translation>Mit mehr Seeds lässt sich ein echter Unterschied von Zufall unterscheiden; 3 sind ein guter Anfang</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>All 60,000 (the lab)</source>
        <translation>Alle 60.000 (wie im Lab)</translation>
    </message>
    <message>
        <source>Quick: the first 10,000</source>
        <translation>Schnell: die ersten 10.000</translation>
    </message>
    <message>
        <source>Queue Runs</source>
        <translation>Läufe einreihen</translation>
    </message>
    <message>
        <source>Queue the lab&apos;s runs</source>
        <translation>Die Läufe des Labs in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of %1 epoch(s) each.</source>
        <translation>
            <numerusform>%n Lauf mit je %1 Epoche(n).</numerusform>
            <numerusform>%n Läufe mit je %1 Epoche(n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MainWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start training with the settings on the left (Space)</source>
        <translation>Training mit den Einstellungen links starten (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the run after the current step (Esc)</source>
        <translation>Den Lauf nach dem aktuellen Schritt stoppen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the charts and predictions (Ctrl+R)</source>
        <translation>Diagramme und Vorhersagen leeren (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Full Range</source>
        <translation>&amp;Gesamter Bereich</translation>
    </message>
    <message>
        <source>Show the whole range of values instead of zooming in on recent ones</source>
        <translation>Den gesamten Wertebereich zeigen, statt auf die letzten Werte zu zoomen</translation>
    </message>
    <message>
        <source>&amp;Open Run Record…</source>
        <translation>Laufprotokoll ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Run Record…</source>
        <translation>Laufprotokoll &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the last run as run.json (the format cnnlab-train writes)</source>
        <translation>Den letzten Lauf als run.json speichern (das Format, das cnnlab-train schreibt)</translation>
    </message>
    <message>
        <source>Batch size %1 applies from the next epoch.</source>
        <translation>Batchgröße %1 gilt ab der nächsten Epoche.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Accuracy Chart</source>
        <translation>&amp;Genauigkeitsdiagramm</translation>
    </message>
    <message>
        <source>&amp;Loss Chart</source>
        <translation>&amp;Verlustdiagramm</translation>
    </message>
    <message>
        <source>&amp;Both Charts</source>
        <translation>&amp;Beide Diagramme</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>PDF-Dokument…</translation>
    </message>
    <message>
        <source>CSV Data…</source>
        <translation>CSV-Daten…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Lab Defaults</source>
        <translation>&amp;Lab-Standardwerte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Schrift v&amp;ergrößern</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Schrift ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About cnnlab</source>
        <translation>Ü&amp;ber cnnlab</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>cnnlab — CNN workbench</source>
        <translation>cnnlab — CNN-Werkbank</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation>Die Übersetzung für diese Sprache konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Stopping the run…</source>
        <translation>Lauf wird gestoppt…</translation>
    </message>
    <message>
        <source>Finished. Epochs: %1, training time: %2, validation accuracy: %3, validation loss: %4.</source>
        <translation>Abgeschlossen. Epochen: %1, Trainingszeit: %2, Validierungsgenauigkeit: %3, Validierungsverlust: %4.</translation>
    </message>
    <message>
        <source>Stopped at epoch %1 after %2 of training.</source>
        <translation>Gestoppt in Epoche %1 nach %2 Training.</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1: the loss is no longer a finite number. Try a smaller learning rate (now %2).</source>
        <translation>Das Training ist in Epoche %1 divergiert: Der Verlust ist keine endliche Zahl mehr. Versuchen Sie eine kleinere Lernrate (derzeit %2).</translation>
    </message>
    <message>
        <source>Replay of “%1” %2 at epoch %3. Recorded result: %4, validation accuracy %5.</source>
        <translation>Wiedergabe von „%1“ in Epoche %3 %2. Aufgezeichnetes Ergebnis: %4, Validierungsgenauigkeit %5.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue training (Space)</source>
        <translation>Training fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause after the current step (Space)</source>
        <translation>Nach dem aktuellen Schritt pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>There is no finished run to save.</source>
        <translation>Es gibt keinen abgeschlossenen Lauf zum Speichern.</translation>
    </message>
    <message>
        <source>Stop the current run before opening another one.</source>
        <translation>Stoppen Sie den aktuellen Lauf, bevor Sie einen anderen öffnen.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Showing the saved run “%1” (%2, validation accuracy %3). Start trains anew with the settings on the left.</source>
        <translation>Der gespeicherte Lauf „%1“ wird angezeigt (%2, Validierungsgenauigkeit %3). „Starten“ trainiert neu mit den Einstellungen links.</translation>
    </message>
    <message>
        <source>Open Run Record</source>
        <translation>Laufprotokoll öffnen</translation>
    </message>
    <message>
        <source>Run records (*.json);;All files (*)</source>
        <translation>Laufprotokolle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Run Record</source>
        <translation>Laufprotokoll speichern</translation>
    </message>
    <message>
        <source>Run records (*.json)</source>
        <translation>Laufprotokolle (*.json)</translation>
    </message>
    <message>
        <source>About cnnlab</source>
        <translation>Über cnnlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cnnlab %1&lt;/h3&gt;&lt;p&gt;A workbench for training the lab&apos;s convolutional network on MNIST in front of a class.&lt;/p&gt;&lt;p&gt;Qt %2%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cnnlab %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank, um das Faltungsnetz des Labs vor einer Klasse mit MNIST zu trainieren.&lt;/p&gt;&lt;p&gt;Qt %2%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run settings</source>
        <translation>Laufeinstellungen</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Re&amp;play Run…</source>
        <translation>Lauf &amp;wiedergeben…</translation>
    </message>
    <message>
        <source>Play a saved run.json back as if it were training now, without training</source>
        <translation>Eine gespeicherte run.json so abspielen, als würde gerade trainiert, ohne zu trainieren</translation>
    </message>
    <message>
        <source>Stop the current run before replaying another one.</source>
        <translation>Stoppen Sie den aktuellen Lauf, bevor Sie einen anderen wiedergeben.</translation>
    </message>
    <message>
        <source>“%1” has no recorded training to replay.</source>
        <translation>„%1“ enthält kein aufgezeichnetes Training zum Wiedergeben.</translation>
    </message>
    <message>
        <source>Replaying the saved run “%1”: nothing is training; the figures are the recorded ones.</source>
        <translation>Der gespeicherte Lauf „%1“ wird wiedergegeben: Es wird nichts trainiert; die Zahlen sind die aufgezeichneten.</translation>
    </message>
    <message>
        <source>Replay Run</source>
        <translation>Lauf wiedergeben</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the validation loss had stopped improving. The model keeps the weights of the best epoch, %2 (validation accuracy %3).</source>
        <translation>Nach Epoche %1 früh gestoppt: der Validierungsverlust verbesserte sich nicht mehr. Das Modell behält die Gewichte der besten Epoche, %2 (Validierungsgenauigkeit %3).</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MapGrid</name>
    <message>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MetricsChart</name>
    <message>
        <source>Chart of %1 against epochs. Context menu: export as image or CSV, full range.</source>
        <translation>Diagramm von %1 über den Epochen. Kontextmenü: als Bild oder CSV exportieren, gesamter Bereich.</translation>
    </message>
    <message>
        <source>%1 — zoomed</source>
        <extracomment>Axis title while the y axis shows only the recent values; %1 is the title (&quot;Accuracy (%)&quot;)</extracomment>
        <translation>%1 — vergrößert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4</source>
        <extracomment>Chart tooltip: series name, what x is (&quot;epoch&quot;, &quot;step&quot;, ...) and where, value</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Full Range</source>
        <translation>Gesamter Bereich</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MistakesList</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Image %1: true class %2, predicted %3</source>
        <translation>Bild %1: tatsächliche Klasse %2, vorhergesagt %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MistakesPanel</name>
    <message>
        <source>Misclassified images, most confident first</source>
        <translation>Falsch klassifizierte Bilder, die sichersten zuerst</translation>
    </message>
    <message>
        <source>The misclassified validation images appear after the first full evaluation.</source>
        <translation>Die falsch klassifizierten Validierungsbilder erscheinen nach der ersten vollständigen Auswertung.</translation>
    </message>
    <message>
        <source>%1 mistakes; the %2 the network was surest about, most confident first.</source>
        <translation>%1 Fehler; die %2, bei denen sich das Netz am sichersten war, die sichersten zuerst.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MnistDownloader</name>
    <message>
        <source>no download address is configured</source>
        <translation>es ist keine Download-Adresse konfiguriert</translation>
    </message>
    <message>
        <source>Refused to download from “%1”: cnnlab downloads only over https:// (plain http:// only from this computer itself). Nothing was installed.</source>
        <translation>Download von „%1“ abgelehnt: cnnlab lädt nur über https:// herunter (einfaches http:// nur von diesem Computer selbst). Es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Could not download %1 from %2: %3. Check the internet connection and try again. Nothing was installed.</source>
        <translation>%1 konnte nicht von %2 heruntergeladen werden: %3. Prüfen Sie die Internetverbindung und versuchen Sie es erneut. Es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>The server %1 answered “%2 %3” for %4. Nothing was installed.</source>
        <translation>Der Server %1 antwortete „%2 %3“ für %4. Es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Downloading %1 from %2 stopped: no data arrived for %3 seconds. Nothing was installed.</source>
        <translation>Der Download von %1 von %2 wurde abgebrochen: %3 Sekunden lang kamen keine Daten an. Es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>The download of %1 from %2 ended early (%3 of %4 bytes). Try again; nothing was installed.</source>
        <translation>Der Download von %1 von %2 endete vorzeitig (%3 von %4 Bytes). Versuchen Sie es erneut; es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>%1 from %2 is larger than any MNIST file (more than %3 MB), so the download was stopped. Nothing was installed.</source>
        <translation>%1 von %2 ist größer als jede MNIST-Datei (mehr als %3 MB), daher wurde der Download abgebrochen. Es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>%1 from %2 is not a complete gzip file (damaged or cut short). Try again; nothing was installed.</source>
        <translation>%1 von %2 ist keine vollständige gzip-Datei (beschädigt oder abgeschnitten). Versuchen Sie es erneut; es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>%1 from %2 does not have the expected SHA-256 checksum: it is damaged or a different version of MNIST. Nothing was installed.</source>
        <translation>%1 von %2 hat nicht die erwartete SHA-256-Prüfsumme: Die Datei ist beschädigt oder eine andere Version von MNIST. Es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Could not save MNIST in “%1”: %2</source>
        <translation>MNIST konnte nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 (All %2 download addresses failed; this was the last one.)</source>
        <translation>%1 (Alle %2 Download-Adressen sind fehlgeschlagen; dies war die letzte.)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::NetworkControls</name>
    <message>
        <source>Conv blocks:</source>
        <translation>Conv-Blöcke:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kern:</translation>
    </message>
    <message>
        <source>Dense &amp;units:</source>
        <translation>Dense-&amp;Einheiten:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <source>3 × 3</source>
        <translation>3 × 3</translation>
    </message>
    <message>
        <source>5 × 5</source>
        <translation>5 × 5</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>Convolution layers before the max-pool: the lab has two</source>
        <translation>Faltungsschichten vor dem Max-Pooling: das Lab hat zwei</translation>
    </message>
    <message>
        <source>Filters of the first convolution; each further block doubles them (the lab: 32, 64)</source>
        <translation>Filter der ersten Faltung; jeder weitere Block verdoppelt sie (im Lab: 32, 64)</translation>
    </message>
    <message>
        <source>Size of each convolution&apos;s window</source>
        <translation>Größe des Fensters jeder Faltung</translation>
    </message>
    <message>
        <source>Units of the dense layer before the output (the lab: 128)</source>
        <translation>Einheiten der Dense-Schicht vor der Ausgabe (im Lab: 128)</translation>
    </message>
    <message>
        <source>ReLU trains deep networks well; with tanh or sigmoid the gradient fades through the layers (the vanishing-gradient lesson)</source>
        <translation>ReLU trainiert tiefe Netze gut; mit tanh oder Sigmoid verblasst der Gradient über die Schichten (die Lektion vom verschwindenden Gradienten)</translation>
    </message>
    <message>
        <source>Normalize each layer&apos;s outputs over the batch: trains faster and takes higher learning rates</source>
        <translation>Die Ausgaben jeder Schicht über den Batch normalisieren: trainiert schneller und verträgt höhere Lernraten</translation>
    </message>
    <message>
        <source>Trainable weights, and the arithmetic of one image&apos;s forward pass (one multiply-add counts as two operations)</source>
        <translation>Trainierbare Gewichte und die Rechenarbeit des Vorwärtsdurchlaufs eines Bildes (eine Multiplikation mit Addition zählt als zwei Operationen)</translation>
    </message>
    <message>
        <source>Convolution blocks</source>
        <translation>Faltungsblöcke</translation>
    </message>
    <message>
        <source>Filters of the first block</source>
        <translation>Filter des ersten Blocks</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Kerngröße</translation>
    </message>
    <message>
        <source>Dense units</source>
        <translation>Dense-Einheiten</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>%1 parameters · %2 million FLOPs per image</source>
        <extracomment>Model size: %1 trainable parameters, %2 million floating-point operations per image</extracomment>
        <translation>%1 Parameter · %2 Mio. FLOPs pro Bild</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::OptimizerControls</name>
    <message>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Stufenweise</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>One-cycle (warm-up)</source>
        <translation>One-Cycle (mit Aufwärmen)</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum: how much of the last step carries into the next</source>
        <translation>Das Momentum von SGD: wie viel vom letzten Schritt in den nächsten übergeht</translation>
    </message>
    <message>
        <source>Look ahead along the momentum before taking the gradient</source>
        <translation>Vor dem Gradienten entlang des Momentums vorausschauen</translation>
    </message>
    <message>
        <source>How the learning rate moves over the run: constant (the lab), halved every few epochs, a cosine down to zero, or one cycle that warms up first</source>
        <translation>Wie sich die Lernrate im Lauf bewegt: konstant (das Lab), alle paar Epochen halbiert, als Kosinus bis null oder in einem Zyklus, der zuerst aufwärmt</translation>
    </message>
    <message>
        <source>The learning rate over the run, from the first epoch to the last</source>
        <translation>Die Lernrate über den Lauf, von der ersten bis zur letzten Epoche</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Verlauf</translation>
    </message>
    <message>
        <source>Learning-rate schedule curve</source>
        <translation>Kurve des Lernraten-Verlaufs</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PredictionsGrid</name>
    <message>
        <source>Sample predictions</source>
        <translation>Beispielvorhersagen</translation>
    </message>
    <message>
        <source>Sample predictions — appear when training starts</source>
        <translation>Beispielvorhersagen — erscheinen, sobald das Training beginnt</translation>
    </message>
    <message>
        <source>Sample predictions — waiting for the first evaluation</source>
        <translation>Beispielvorhersagen — warten auf die erste Auswertung</translation>
    </message>
    <message>
        <source>Sample predictions — %1 of %2 correct</source>
        <translation>Beispielvorhersagen — %1 von %2 richtig</translation>
    </message>
    <message>
        <source>Sample digits appear when training starts.</source>
        <translation>Beispielziffern erscheinen, sobald das Training beginnt.</translation>
    </message>
    <message>
        <source>True class: %1&lt;br&gt;No prediction yet.</source>
        <translation>Tatsächliche Klasse: %1&lt;br&gt;Noch keine Vorhersage.</translation>
    </message>
    <message>
        <source>True class: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Tatsächliche Klasse: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Vorhergesagt: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1. %2 — %3</source>
        <translation>&lt;br&gt;%1. %2 — %3</translation>
    </message>
    <message>
        <source>Sample predictions — %1 of %2 shown correct (%3 more hidden: enlarge this panel)</source>
        <translation>Beispielvorhersagen — %1 von %2 angezeigten richtig (%3 weitere verdeckt: Bereich vergrößern)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large text and thick chart lines for the room (F11)</source>
        <translation>Vollbild, große Schrift und dicke Diagrammlinien für den Raum (F11)</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>&amp;High Contrast While Presenting</source>
        <translation>&amp;Hoher Kontrast beim Präsentieren</translation>
    </message>
    <message>
        <source>Hide &amp;Advanced Controls While Presenting</source>
        <translation>&amp;Erweiterte Einstellungen beim Präsentieren ausblenden</translation>
    </message>
    <message>
        <source>Keep learning rate, dropout, batch size and epochs; hide seed, optimizer, data, device and cost</source>
        <translation>Lernrate, Dropout, Batchgröße und Epochen bleiben; Seed, Optimierer, Daten, Gerät und Kosten werden ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>Farb&amp;blindensichere Farben</translation>
    </message>
    <message>
        <source>Okabe–Ito colours for the chart lines and the prediction verdicts</source>
        <translation>Okabe–Ito-Farben für die Diagrammlinien und die Bewertung der Vorhersagen</translation>
    </message>
    <message>
        <source>Presenter &amp;Options</source>
        <translation>Präsentations&amp;optionen</translation>
    </message>
    <message>
        <source>Presenter mode: F11 or Esc (when no run is active) leaves it.</source>
        <translation>Präsentationsmodus: F11 oder Esc (wenn kein Lauf aktiv ist) beendet ihn.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::QueuePanel</name>
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>Val.-Gen.</translation>
    </message>
    <message>
        <source>Experiment queue</source>
        <translation>Experiment-Warteschlange</translation>
    </message>
    <message>
        <source>Pause the queue</source>
        <translation>Warteschlange pausieren</translation>
    </message>
    <message>
        <source>Let the current run finish, then start no new one</source>
        <translation>Den aktuellen Lauf beenden lassen, dann keinen neuen starten</translation>
    </message>
    <message>
        <source>Stop Run</source>
        <translation>Lauf stoppen</translation>
    </message>
    <message>
        <source>Stop the current run</source>
        <translation>Den aktuellen Lauf stoppen</translation>
    </message>
    <message>
        <source>Stop the current run; it goes back to pending and the queue pauses</source>
        <translation>Den aktuellen Lauf stoppen; er kehrt in den Wartezustand zurück und die Warteschlange pausiert</translation>
    </message>
    <message>
        <source>Clear Pending</source>
        <translation>Wartende entfernen</translation>
    </message>
    <message>
        <source>Clear the pending runs</source>
        <translation>Die wartenden Läufe entfernen</translation>
    </message>
    <message>
        <source>Drop every run that has not started</source>
        <translation>Alle Läufe entfernen, die noch nicht gestartet wurden</translation>
    </message>
    <message>
        <source>The queue is empty. Experiments ▸ Reproduce the Lab or Sweep fill it.</source>
        <translation>Die Warteschlange ist leer. Experimente ▸ Lab reproduzieren oder Sweep füllen sie.</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 pending</source>
        <translation>%1 von %2 fertig, %3 wartend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Continue Queue</source>
        <translation>Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>Pause Queue</source>
        <translation>Warteschlange pausieren</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RegularizationControls</name>
    <message>
        <source>Regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>Weight decay (L2):</source>
        <translation>Weight Decay (L2):</translation>
    </message>
    <message>
        <source>L1 penalty:</source>
        <translation>L1-Strafterm:</translation>
    </message>
    <message>
        <source>Label smoothing:</source>
        <translation>Label Smoothing:</translation>
    </message>
    <message>
        <source>Shift images:</source>
        <translation>Bilder verschieben:</translation>
    </message>
    <message>
        <source>Rotate images:</source>
        <translation>Bilder drehen:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Data augmentation: move each training image by up to this many pixels, a new random shift every batch, so the network cannot memorize positions</source>
        <translation>Datenaugmentierung: jedes Trainingsbild um bis zu so viele Pixel verschieben, in jedem Batch zufällig neu, damit das Netz keine Positionen auswendig lernt</translation>
    </message>
    <message>
        <source>Data augmentation: turn each training image by up to this many degrees</source>
        <translation>Datenaugmentierung: jedes Trainingsbild um bis zu so viele Grad drehen</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs, and keep the weights of the best epoch</source>
        <translation>Stoppen, wenn sich der Validierungsverlust so viele Epochen lang nicht verbessert hat, und die Gewichte der besten Epoche behalten</translation>
    </message>
    <message>
        <source>Augmentation shift</source>
        <translation>Verschiebung (Augmentierung)</translation>
    </message>
    <message>
        <source>Augmentation rotation</source>
        <translation>Drehung (Augmentierung)</translation>
    </message>
    <message>
        <source>Early-stopping patience</source>
        <translation>Geduld des frühen Stoppens</translation>
    </message>
    <message>
        <source>AdamW&apos;s decoupled weight decay: each step shrinks every weight a little, apart from the gradient (nothing is added to the loss). 0 turns it off.</source>
        <translation>Entkoppelter Weight Decay von AdamW: jeder Schritt verkleinert jedes Gewicht ein wenig, getrennt vom Gradienten (zum Verlust kommt nichts hinzu). 0 schaltet ihn aus.</translation>
    </message>
    <message>
        <source>An L2 penalty on the weights added to the loss, as Keras&apos; kernel regularizer: large weights cost more, so the network stays simpler. 0 turns it off.</source>
        <translation>Ein L2-Strafterm auf die Gewichte, zum Verlust addiert wie der Kernel-Regularisierer von Keras: große Gewichte kosten mehr, so bleibt das Netz einfacher. 0 schaltet ihn aus.</translation>
    </message>
    <message>
        <source>An L1 penalty on the weights added to the loss: it pushes many weights to exactly zero. 0 turns it off.</source>
        <translation>Ein L1-Strafterm auf die Gewichte, zum Verlust addiert: er drückt viele Gewichte auf genau null. 0 schaltet ihn aus.</translation>
    </message>
    <message>
        <source>Train against slightly softened targets (the right class gets a little less than 100 %), so the network is less overconfident</source>
        <translation>Gegen leicht abgeschwächte Ziele trainieren (die richtige Klasse bekommt etwas weniger als 100 %), damit das Netz weniger übermütig wird</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1-Strafterm</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>Label Smoothing</translation>
    </message>
    <message>
        <source>Early-stop patience:</source>
        <translation>Geduld (früher Stopp):</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RemoteMachinesDialog</name>
    <message>
        <source> (%1 GB)</source>
        <translation> (%1 GB)</translation>
    </message>
    <message>
        <source>%1 (cnnlab %2): %3. %4</source>
        <translation>%1 (cnnlab %2): %3. %4</translation>
    </message>
    <message>
        <source>MNIST is installed there.</source>
        <translation>MNIST ist dort installiert.</translation>
    </message>
    <message>
        <source>MNIST is not installed there yet.</source>
        <translation>MNIST ist dort noch nicht installiert.</translation>
    </message>
    <message>
        <source>Remote Machines</source>
        <translation>Entfernte Maschinen</translation>
    </message>
    <message>
        <source>Train on another machine through ssh: a school GPU server or a cloud instance with cnnlab installed. cnnlab uses your ssh setup (~/.ssh/config aliases, keys, agent) and never asks for a password: test the connection in a terminal first (ssh DESTINATION). Nothing keeps running there after a run ends.</source>
        <translation>Trainieren Sie über ssh auf einer anderen Maschine: einem GPU-Server der Schule oder einer Cloud-Instanz mit installiertem cnnlab. cnnlab nutzt Ihre ssh-Einrichtung (Aliasse in ~/.ssh/config, Schlüssel, Agent) und fragt nie nach einem Passwort: Testen Sie die Verbindung zuerst in einem Terminal (ssh ZIEL). Nach einem Lauf läuft dort nichts weiter.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SSH destination</source>
        <translation>SSH-Ziel</translation>
    </message>
    <message>
        <source>cnnlab-train there (optional)</source>
        <translation>cnnlab-train dort (optional)</translation>
    </message>
    <message>
        <source>$ per hour</source>
        <translation>$ pro Stunde</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>gpu-server</source>
        <translation>gpu-server</translation>
    </message>
    <message>
        <source>Enter the ssh destination first (an alias from ~/.ssh/config, or user@host).</source>
        <translation>Geben Sie zuerst das ssh-Ziel ein (einen Alias aus ~/.ssh/config oder benutzer@host).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Verbunden. %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RemoteSetup</name>
    <message>
        <source>Copying MNIST to %1: %2 of %3 MB…</source>
        <translation>Kopiere MNIST nach %1: %2 von %3 MB…</translation>
    </message>
    <message>
        <source>Remote &amp;Machines…</source>
        <translation>Entfernte &amp;Maschinen…</translation>
    </message>
    <message>
        <source>Machines to train on through ssh: a GPU server, a cloud instance</source>
        <translation>Maschinen zum Trainieren über ssh: ein GPU-Server, eine Cloud-Instanz</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>%1 is ready: %2</source>
        <translation>%1 ist bereit: %2</translation>
    </message>
    <message>
        <source>Copy MNIST to %1?</source>
        <translation>MNIST nach %1 kopieren?</translation>
    </message>
    <message>
        <source>%1 has no MNIST yet. Copy this machine&apos;s verified copy there (about 55 MB over ssh)? It is checked against its SHA-256 checksums there.</source>
        <translation>%1 hat noch kein MNIST. Die geprüfte Kopie dieser Maschine dorthin kopieren (etwa 55 MB über ssh)? Dort wird sie anhand ihrer SHA-256-Prüfsummen kontrolliert.</translation>
    </message>
    <message>
        <source>MNIST is installed on %1 and verified.</source>
        <translation>MNIST ist auf %1 installiert und geprüft.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ReplayBar</name>
    <message>
        <source>S&amp;peed:</source>
        <translation>Tem&amp;po:</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Wiedergabetempo</translation>
    </message>
    <message>
        <source>How many times faster than recorded the run plays, 1 to 50</source>
        <translation>Wie viel schneller als aufgezeichnet der Lauf abgespielt wird, 1 bis 50</translation>
    </message>
    <message>
        <source>Replay speed: 1× is as recorded</source>
        <translation>Wiedergabetempo: 1× entspricht der Aufzeichnung</translation>
    </message>
    <message>
        <source>REPLAY %1×</source>
        <translation>WIEDERGABE %1×</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>Wiedergabe</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunStatePill</name>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>Daten werden geladen…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Viewing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>Wiedergabe läuft</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Wiedergabe pausiert</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Wiedergabe beendet</translation>
    </message>
    <message>
        <source>Replay stopped</source>
        <translation>Wiedergabe gestoppt</translation>
    </message>
    <message>
        <source>Run state: %1</source>
        <translation>Laufstatus: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunStatusBar</name>
    <message>
        <source>Epoch in progress and optimizer steps so far</source>
        <translation>Laufende Epoche und bisherige Optimiererschritte</translation>
    </message>
    <message>
        <source>Training images per second</source>
        <translation>Trainingsbilder pro Sekunde</translation>
    </message>
    <message>
        <source>Time since Start, pauses and data loading included (the machine is billed for it)</source>
        <translation>Zeit seit dem Start, einschließlich Pausen und Laden der Daten (die Maschine wird dafür abgerechnet)</translation>
    </message>
    <message>
        <source>Estimated training time left, at the recent speed</source>
        <translation>Geschätzte verbleibende Trainingszeit beim aktuellen Tempo</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>Epoche –</translation>
    </message>
    <message>
        <source>– images/s</source>
        <translation>– Bilder/s</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>Restzeit –</translation>
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation>%1 in Epoche %2</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Verstrichen %1</translation>
    </message>
    <message>
        <source>Cost – (replay)</source>
        <translation>Kosten – (Wiedergabe)</translation>
    </message>
    <message>
        <source>A replay trains nothing and costs nothing; the recorded run cost %1 up to here at %2 per hour</source>
        <translation>Eine Wiedergabe trainiert nichts und kostet nichts; der aufgezeichnete Lauf kostete bis hierher %1 bei %2 pro Stunde</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>Elapsed time × %1 per hour (set in the Cost meter box)</source>
        <translation>Verstrichene Zeit × %1 pro Stunde (einstellbar im Feld „Kostenzähler“)</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Training on %1 through ssh (%2); it stops there when the run ends or this window closes</source>
        <translation>Training auf %1 über ssh (%2); es endet dort, wenn der Lauf endet oder dieses Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Where the model trains</source>
        <translation>Wo das Modell trainiert wird</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · step %3</source>
        <translation>Epoche %1 von %2 · Schritt %3</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <source>ETA done</source>
        <translation>Restzeit: fertig</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunTargetPicker</name>
    <message>
        <source>Give the cluster&apos;s shared folder as an absolute path (home or scratch, where the compute nodes see it too).</source>
        <translation>Geben Sie den gemeinsamen Ordner des Clusters als absoluten Pfad an (Home oder Scratch, wo ihn auch die Rechenknoten sehen).</translation>
    </message>
    <message>
        <source>Write the time limit as HH:MM:SS.</source>
        <translation>Schreiben Sie das Zeitlimit als HH:MM:SS.</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Diese Maschine</translation>
    </message>
    <message>
        <source>%1, one run after another</source>
        <translation>%1, ein Lauf nach dem anderen</translation>
    </message>
    <message>
        <source>Slurm cluster through %1</source>
        <translation>Slurm-Cluster über %1</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>A&amp;usführen auf:</translation>
    </message>
    <message>
        <source>Shared folder:</source>
        <translation>Gemeinsamer Ordner:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partition:</translation>
    </message>
    <message>
        <source>GPUs per task:</source>
        <translation>GPUs pro Aufgabe:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>/home/you/cnnlab-runs (seen by every node)</source>
        <translation>/home/sie/cnnlab-runs (für jeden Knoten sichtbar)</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>Standard des Clusters</translation>
    </message>
    <message>
        <source>HH:MM:SS (the partition&apos;s default)</source>
        <translation>HH:MM:SS (Standard der Partition)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Remote machines and clusters are set up in Run ▸ Remote Machines…</source>
        <translation>Entfernte Maschinen und Cluster richten Sie unter Training ▸ Entfernte Maschinen… ein</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>Train.-Gen.</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>Val.-Gen.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Gespeicherte Läufe</translation>
    </message>
    <message>
        <source>Check runs to draw them on the charts. F2 renames, Delete moves to the trash.</source>
        <translation>Haken Sie Läufe an, um sie in die Diagramme einzuzeichnen. F2 benennt um, Entf verschiebt in den Papierkorb.</translation>
    </message>
    <message>
        <source>Run history actions</source>
        <translation>Aktionen für das Laufarchiv</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the checked runs (or the selected ones) in a table</source>
        <translation>Die angehakten (oder ausgewählten) Läufe in einer Tabelle vergleichen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Set the controls to this run&apos;s settings and start it again</source>
        <translation>Die Regler auf die Einstellungen dieses Laufs setzen und ihn erneut starten</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>Den ausgewählten Lauf umbenennen (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move the selected runs to the trash (Del); Undo brings them back</source>
        <translation>Die ausgewählten Läufe in den Papierkorb verschieben (Entf); „Rückgängig“ holt sie zurück</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last (Ctrl+Z)</source>
        <translation>Die zuletzt gelöschten Läufe zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder (run.json, metrics.csv, checkpoint)</source>
        <translation>Den Ordner des ausgewählten Laufs öffnen (run.json, metrics.csv, Checkpoint)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the run store again (picks up runs from cnnlab-train)</source>
        <translation>Das Laufarchiv neu einlesen (übernimmt Läufe von cnnlab-train)</translation>
    </message>
    <message>
        <source>Run store summary</source>
        <translation>Übersicht des Laufarchivs</translation>
    </message>
    <message>
        <source>lr %1</source>
        <translation>LR %1</translation>
    </message>
    <message>
        <source>b%1</source>
        <translation>B%1</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>no dropout</source>
        <translation>ohne Dropout</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n Epoche</numerusform>
            <numerusform>%n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n Lauf in %1</numerusform>
            <numerusform>%n Läufe in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (kept, hover for the reason)</source>
        <translation>
            <numerusform>%n beschädigt (aufbewahrt; Grund im Tooltip)</numerusform>
            <numerusform>%n beschädigt (aufbewahrt; Grund im Tooltip)</numerusform>
        </translation>
    </message>
    <message>
        <source>This record cannot be read: %1</source>
        <translation>Dieses Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (with checkpoint)</source>
        <translation> (mit Checkpoint)</translation>
    </message>
    <message>
        <source>Cannot rename the run: %1</source>
        <translation>Der Lauf kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>Cannot delete the run “%1”: %2</source>
        <translation>Der Lauf „%1“ kann nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n run(s) to the trash. Undo Delete (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n Lauf in den Papierkorb verschoben. „Löschen rückgängig“ (Strg+Z) holt ihn zurück.</numerusform>
            <numerusform>%n Läufe in den Papierkorb verschoben. „Löschen rückgängig“ (Strg+Z) holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore the run “%1”: %2</source>
        <translation>Der Lauf „%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n run(s).</source>
        <translation>
            <numerusform>%n Lauf wiederhergestellt.</numerusform>
            <numerusform>%n Läufe wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n epoch(s)</source>
        <translation>
            <numerusform>%1 von %n Epoche</numerusform>
            <numerusform>%1 von %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>changed mid-run</source>
        <translation>während des Laufs geändert</translation>
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation>%1 in Epoche %2</translation>
    </message>
    <message>
        <source>Settings at the start. Changed during the run:</source>
        <translation>Einstellungen zu Beginn. Während des Laufs geändert:</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Play the selected run back on the charts, as it trained (nothing trains)</source>
        <translation>Den ausgewählten Lauf so auf den Diagrammen abspielen, wie er trainiert hat (es wird nichts trainiert)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Every combination of the values below is queued as one run, with the other settings as they are on the left. Separate values with commas.</source>
        <translation>Jede Kombination der Werte unten wird als ein Lauf in die Warteschlange gestellt; die übrigen Einstellungen bleiben wie links eingestellt. Trennen Sie Werte durch Kommas.</translation>
    </message>
    <message>
        <source>&amp;Learning rates:</source>
        <translation>&amp;Lernraten:</translation>
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation>&amp;Batchgrößen:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Learning rates</source>
        <translation>Lernraten</translation>
    </message>
    <message>
        <source>Batch sizes</source>
        <translation>Batchgrößen</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>With &amp;dropout</source>
        <translation>&amp;Mit Dropout</translation>
    </message>
    <message>
        <source>With dropout</source>
        <translation>Mit Dropout</translation>
    </message>
    <message>
        <source>With&amp;out dropout</source>
        <translation>&amp;Ohne Dropout</translation>
    </message>
    <message>
        <source>Without dropout</source>
        <translation>Ohne Dropout</translation>
    </message>
    <message>
        <source>Queue Runs</source>
        <translation>Läufe einreihen</translation>
    </message>
    <message>
        <source>Queue the sweep&apos;s runs</source>
        <translation>Die Läufe des Sweeps in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), one after the other.</source>
        <translation>
            <numerusform>%n Lauf.</numerusform>
            <numerusform>%n Läufe, nacheinander.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each list needs at least one number: learning rates %1–%2 (the range of the Controls slider), batch sizes 1–60,000, epochs 1–1000; and dropout on, off or both.</source>
        <translation>Jede Liste braucht mindestens eine Zahl: Lernraten %1–%2 (der Bereich des Reglers), Batchgrößen 1–60.000, Epochen 1–1000; und Dropout an, aus oder beides.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepHeatmap</name>
    <message>
        <source>Sweep heat map</source>
        <translation>Sweep-Heatmap</translation>
    </message>
    <message>
        <source>lr %1, batch %2: %3</source>
        <translation>LR %1, Batch %2: %3</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>batch size →</source>
        <translation>Batchgröße →</translation>
    </message>
    <message>
        <source>lr ↓</source>
        <translation>LR ↓</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepPanel</name>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>Val.-Gen.</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Sweep-Ergebnisse</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Validation accuracy, with dropout</source>
        <translation>Validierungsgenauigkeit, mit Dropout</translation>
    </message>
    <message>
        <source>Validation accuracy, without dropout</source>
        <translation>Validierungsgenauigkeit, ohne Dropout</translation>
    </message>
    <message>
        <source>No sweep yet: Experiments ▸ Sweep… queues one.</source>
        <translation>Noch kein Sweep: Experimente ▸ Sweep… stellt einen in die Warteschlange.</translation>
    </message>
    <message>
        <source>%1 of %2 runs done.</source>
        <translation>%1 von %2 Läufen fertig.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train the lab&apos;s CNN on MNIST live, in front of a class.</source>
        <translation>Das CNN des Labs live vor einer Klasse mit MNIST trainieren.</translation>
    </message>
    <message>
        <source>Dataset: mnist or fashion-mnist.</source>
        <translation>Datensatz: mnist oder fashion-mnist.</translation>
    </message>
    <message>
        <source>Device: auto, cpu, cuda or cuda:N.</source>
        <translation>Gerät: auto, cpu, cuda oder cuda:N.</translation>
    </message>
    <message>
        <source>Start with the configuration of a run record (run.json).</source>
        <translation>Mit der Konfiguration eines Laufprotokolls (run.json) starten.</translation>
    </message>
    <message>
        <source>Render the accuracy and loss charts of a run record and exit.</source>
        <translation>Die Genauigkeits- und Verlustdiagramme eines Laufprotokolls zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Output of --render: a .png, .svg, .pdf or .csv file.</source>
        <translation>Ausgabe von --render: eine .png-, .svg-, .pdf- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>Interface language: en, de, es or zh_CN (default: as last chosen, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche: en, de, es oder zh_CN (Standard: zuletzt gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>unknown language “%1” (use en, de, es or zh_CN)</source>
        <translation>unbekannte Sprache „%1“ (verwenden Sie en, de, es oder zh_CN)</translation>
    </message>
    <message>
        <source>--render needs --out FILE (.png, .svg, .pdf or .csv)</source>
        <translation>--render benötigt --out DATEI (.png, .svg, .pdf oder .csv)</translation>
    </message>
    <message>
        <source>--out is only used with --render; ignored</source>
        <translation>--out wird nur mit --render verwendet; ignoriert</translation>
    </message>
    <message>
        <source>Cannot use the configuration in “%1”: %2</source>
        <translation>Die Konfiguration in „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>unknown dataset “%1” (use mnist or fashion-mnist)</source>
        <translation>unbekannter Datensatz „%1“ (verwenden Sie mnist oder fashion-mnist)</translation>
    </message>
</context>
</TS>
