<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>cpu, cuda or auto (default: auto)</source>
        <translation>cpu, cuda oder auto (Standard: auto)</translation>
    </message>
    <message>
        <source>compute threads (default: one per core)</source>
        <translation>Rechen-Threads (Standard: einer pro Kern)</translation>
    </message>
    <message>
        <source>no progress output</source>
        <translation>keine Fortschrittsausgabe</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 needs an integer, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped or incomplete:</source>
        <translation>
            <numerusform>%n Datei(en) übersprungen oder unvollständig:</numerusform>
            <numerusform>%n Datei(en) übersprungen oder unvollständig:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>image size in pixels</source>
        <translation>Bildgröße in Pixel</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>defect-free test images</source>
        <translation>defektfreie Testbilder</translation>
    </message>
    <message>
        <source>defective test images</source>
        <translation>defekte Testbilder</translation>
    </message>
    <message>
        <source>Writes the synthetic demo dataset (woven fabric with scratches, stains, cracks and missing pattern).</source>
        <translation>Schreibt den synthetischen Demo-Datensatz (Gewebe mit Kratzern, Flecken, Rissen und fehlendem Muster).</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>demo dataset written to %1 (%2 train, %3 good and %4 defective test images)</source>
        <translation>Demo-Datensatz nach %1 geschrieben (%2 Trainings-, %3 gute und %4 defekte Testbilder)</translation>
    </message>
    <message>
        <source>method id (see: defectscope-cli methods)</source>
        <translation>Methoden-ID (siehe: defectscope-cli methods)</translation>
    </message>
    <message>
        <source>dataset folder or manifest CSV</source>
        <translation>Datensatzordner oder Manifest-CSV</translation>
    </message>
    <message>
        <source>model file to write (.dsm)</source>
        <translation>zu schreibende Modelldatei (.dsm)</translation>
    </message>
    <message>
        <source>backbone name or torchscript:PATH</source>
        <translation>Backbone-Name oder torchscript:PATH</translation>
    </message>
    <message>
        <source>backbone weight file</source>
        <translation>Gewichtsdatei des Backbones</translation>
    </message>
    <message>
        <source>shorter side S, or WxH</source>
        <translation>kürzere Seite S oder WxH</translation>
    </message>
    <message>
        <source>centre crop S or WxH taken after resizing</source>
        <translation>Mittenzuschnitt S oder WxH nach dem Skalieren</translation>
    </message>
    <message>
        <source>method setting key=value (repeatable)</source>
        <translation>Methodeneinstellung key=value (wiederholbar)</translation>
    </message>
    <message>
        <source>Fits a model on the dataset&apos;s defect-free training images.</source>
        <translation>Trainiert ein Modell auf den defektfreien Trainingsbildern des Datensatzes.</translation>
    </message>
    <message>
        <source>trained %1 on %2 images in %3 s; model %4 MB written to %5</source>
        <translation>%1 mit %2 Bildern in %3 s trainiert; Modell (%4 MB) nach %5 geschrieben</translation>
    </message>
    <message>
        <source>model file (.dsm)</source>
        <translation>Modelldatei (.dsm)</translation>
    </message>
    <message>
        <source>image or folder to score</source>
        <translation>zu bewertendes Bild oder zu bewertender Ordner</translation>
    </message>
    <message>
        <source>image score threshold for the verdict</source>
        <translation>Schwellenwert des Bildwerts für das Urteil</translation>
    </message>
    <message>
        <source>Scores images: writes scores.csv, 16-bit heatmaps, colour overlays and predicted masks.</source>
        <translation>Bewertet Bilder: schreibt scores.csv, 16-Bit-Heatmaps, Farbüberlagerungen und vorhergesagte Masken.</translation>
    </message>
    <message>
        <source>--threshold needs a number, not &quot;%1&quot;</source>
        <translation>--threshold erwartet eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>labelled dataset</source>
        <translation>gelabelter Datensatz</translation>
    </message>
    <message>
        <source>metrics file to write</source>
        <translation>zu schreibende Metrikdatei</translation>
    </message>
    <message>
        <source>model (default) or original resolution for pixel metrics</source>
        <translation>Auflösung für Pixelmetriken: model (Standard) oder original</translation>
    </message>
    <message>
        <source>save the F1-max image threshold in the model for score&apos;s verdicts</source>
        <translation>den F1-max-Bildschwellenwert im Modell speichern (für die Urteile von score)</translation>
    </message>
    <message>
        <source>write scores.csv, heatmaps, overlays and masks into DIR</source>
        <translation>scores.csv, Heatmaps, Überlagerungen und Masken nach DIR schreiben</translation>
    </message>
    <message>
        <source>Evaluates a model on a labelled test set: AUROC, AUPRO, F1-max, per-defect AUROC.</source>
        <translation>Wertet ein Modell auf einem gelabelten Testsatz aus: AUROC, AUPRO, F1-max, AUROC pro Defekttyp.</translation>
    </message>
    <message>
        <source>--eval-size must be model or original, not &quot;%1&quot;</source>
        <translation>--eval-size muss model oder original sein, nicht „%1“</translation>
    </message>
    <message>
        <source>predict %1 ms/image, peak memory %2 MB</source>
        <translation>Vorhersage %1 ms/Bild, Spitzenspeicher %2 MB</translation>
    </message>
    <message>
        <source>exports written to %1</source>
        <translation>Exporte nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Lists the methods and their settings (for --set key=value).</source>
        <translation>Listet die Methoden und ihre Einstellungen auf (für --set key=value).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (run defectscope-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (defectscope-cli --help ausführen)</translation>
    </message>
    <message>
        <source>cancelled; no output file was left half-written</source>
        <translation>abgebrochen; keine Ausgabedatei wurde halb geschrieben zurückgelassen</translation>
    </message>
    <message>
        <source>write a PDF inspection report</source>
        <translation>PDF-Prüfbericht schreiben</translation>
    </message>
    <message>
        <source>report rows: all, flagged (NOK and REVIEW, default) or errors</source>
        <translation>Berichtszeilen: all, flagged (NOK und REVIEW, Standard) oder errors</translation>
    </message>
    <message>
        <source>operator name printed in the report</source>
        <translation>im Bericht gedruckter Name des Prüfers</translation>
    </message>
    <message>
        <source>a4 (default) or letter</source>
        <translation>a4 (Standard) oder letter</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--page-size muss a4 oder letter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>report written to %1 (%2 pages)</source>
        <translation>Bericht nach %1 geschrieben (%2 Seiten)</translation>
    </message>
    <message>
        <source>%1: this build has no report support (configured with DS_BUILD_GUI=OFF)</source>
        <translation>%1: dieser Build unterstützt keine Berichte (konfiguriert mit DS_BUILD_GUI=OFF)</translation>
    </message>
    <message>
        <source>continue an interrupted training run from its checkpoint (MODEL.ckpt)</source>
        <translation>einen unterbrochenen Trainingslauf ab seinem Checkpoint (MODEL.ckpt) fortsetzen</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>fraction of the good images held out as unseen test images when the dataset has no test good images of its own (default 0.2; 0 = none)</source>
        <translation>Anteil der Gutbilder, der als ungesehene Testbilder zurückgehalten wird, wenn der Datensatz keine eigenen guten Testbilder hat (Standard: 0.2; 0 = keine)</translation>
    </message>
    <message>
        <source>held out %1 good images (never trained on); default image threshold %2 from their scores</source>
        <translation>%1 Gutbilder zurückgehalten (nie trainiert); Standard-Bildschwellenwert %2 aus ihren Anomaliewerten</translation>
    </message>
    <message>
        <source>no images held out (--holdout 0): unless the dataset has test good images of its own, metrics have no unseen good images and score has no default threshold</source>
        <translation>keine Bilder zurückgehalten (--holdout 0): Sofern der Datensatz keine eigenen guten Testbilder hat, fehlen den Metriken ungesehene Gutbilder und score hat keinen Standard-Schwellenwert</translation>
    </message>
    <message>
        <source>no images held out: %1</source>
        <translation>keine Bilder zurückgehalten: %1</translation>
    </message>
    <message>
        <source>scored %1 images into %2; no threshold chosen yet, so verdicts are &quot;unknown&quot; (pass --threshold, run evaluate --store-threshold, or train with held-out images)</source>
        <translation>%1 Bilder bewertet, Ausgabe in %2; noch kein Schwellenwert gewählt, daher lauten die Urteile „unknown“ (--threshold angeben, evaluate --store-threshold ausführen oder mit zurückgehaltenen Bildern trainieren)</translation>
    </message>
    <message>
        <source>scored %1 images into %2: %3 NOK at threshold %4, chosen %5</source>
        <translation>%1 Bilder bewertet, Ausgabe in %2: %3 NOK bei Schwellenwert %4 (Quelle: %5)</translation>
    </message>
    <message>
        <source>%1: no F1-best threshold to store: the test set has no defective images</source>
        <translation>%1: kein F1-optimaler Schwellenwert zum Speichern: Der Testsatz enthält keine defekten Bilder</translation>
    </message>
    <message>
        <source>left out %1 test images identical to images the model was trained on</source>
        <translation>%1 Testbilder ausgelassen, die mit Trainingsbildern des Modells identisch sind</translation>
    </message>
    <message>
        <source>the model does not record its training images: test images identical to them cannot be left out</source>
        <translation>das Modell speichert seine Trainingsbilder nicht: Identische Testbilder können nicht ausgelassen werden</translation>
    </message>
    <message>
        <source>%1 test images (%2 good, %3 defective, %4 of them held out of training): image AUROC %5, pixel AUROC %6, AUPRO %7, F1-max %8 at threshold %9</source>
        <translation>%1 Testbilder (%2 gut, %3 defekt, davon %4 vom Training zurückgehalten): Bild-AUROC %5, Pixel-AUROC %6, AUPRO %7, F1-max %8 bei Schwellenwert %9</translation>
    </message>
    <message>
        <source>not reliable: fewer than %1 unseen good or defective images</source>
        <translation>nicht belastbar: weniger als %1 ungesehene gute oder defekte Bilder</translation>
    </message>
    <message>
        <source>--threads must be between 0 (one per core) and %1 (four per core), not %2</source>
        <translation>--threads muss zwischen 0 (einer pro Kern) und %1 (vier pro Kern) liegen, nicht %2</translation>
    </message>
    <message>
        <source>refuse images with more pixels than this (default: DEFECTSCOPE_MAX_IMAGE_PIXELS or 100000000)</source>
        <translation>Bilder mit mehr Pixeln ablehnen (Standard: DEFECTSCOPE_MAX_IMAGE_PIXELS oder 100000000)</translation>
    </message>
    <message>
        <source>--max-image-pixels needs a positive whole number, not &quot;%1&quot;</source>
        <translation>--max-image-pixels braucht eine positive ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>inspection region: a mask image, white = inspected, black = ignored; resized to the model&apos;s input like a ground-truth mask</source>
        <translation>Prüfbereich: ein Maskenbild, weiß = geprüft, schwarz = ignoriert; wie eine Ground-Truth-Maske auf die Modelleingabe skaliert</translation>
    </message>
    <message>
        <source>model file to update (.dsm); left as it is</source>
        <translation>zu aktualisierende Modelldatei (.dsm); bleibt unverändert</translation>
    </message>
    <message>
        <source>folder or manifest of good images to add</source>
        <translation>Ordner oder Manifest mit hinzuzufügenden Gutbildern</translation>
    </message>
    <message>
        <source>new inspection region: a mask image, white = inspected</source>
        <translation>neuer Prüfbereich: ein Maskenbild, weiß = geprüft</translation>
    </message>
    <message>
        <source>model file to write (default: MODEL-v2.dsm beside it, or the next free version)</source>
        <translation>zu schreibende Modelldatei (Standard: MODEL-v2.dsm daneben, oder die nächste freie Version)</translation>
    </message>
    <message>
        <source>the dataset the model was trained on: its held-out images are scored again, so that the default threshold follows the update</source>
        <translation>der Datensatz, auf dem das Modell trainiert wurde: seine zurückgehaltenen Bilder werden neu bewertet, damit der Standard-Schwellwert der Aktualisierung folgt</translation>
    </message>
    <message>
        <source>Writes a new version of a model with further good images added (without training from scratch) and/or a new inspection region.</source>
        <translation>Schreibt eine neue Version eines Modells mit weiteren Gutbildern (ohne Neutraining) und/oder einem neuen Prüfbereich.</translation>
    </message>
    <message>
        <source>added %1 images (%2 update) in %3 s; the model has trained on %4 images</source>
        <translation>%1 Bilder hinzugefügt (Aktualisierung: %2) in %3 s; das Modell ist auf %4 Bildern trainiert</translation>
    </message>
    <message>
        <source>skipped %1 images the model had trained on already</source>
        <translation>%1 Bilder übersprungen, auf denen das Modell bereits trainiert wurde</translation>
    </message>
    <message>
        <source>inspection region from %1: %2 % of the image inspected</source>
        <translation>Prüfbereich aus %1: %2 % des Bildes geprüft</translation>
    </message>
    <message>
        <source>%1 held-out images were added, so they are no longer unseen test images</source>
        <translation>%1 zurückgehaltene Bilder wurden hinzugefügt und sind damit keine ungesehenen Testbilder mehr</translation>
    </message>
    <message>
        <source>scored the %1 remaining held-out images again</source>
        <translation>die %1 verbleibenden zurückgehaltenen Bilder neu bewertet</translation>
    </message>
    <message>
        <source>the held-out images&apos; scores described the previous model and were dropped: pass --data with the training dataset to score them again</source>
        <translation>die Scores der zurückgehaltenen Bilder beschrieben das vorige Modell und wurden verworfen: mit --data und dem Trainingsdatensatz werden sie neu bewertet</translation>
    </message>
    <message>
        <source>model written to %1 (the previous version is unchanged)</source>
        <translation>Modell nach %1 geschrieben (die vorige Version bleibt unverändert)</translation>
    </message>
    <message>
        <source>Usage: defectscope-cli COMMAND [options]

Commands:
  demo-data   write the synthetic demo dataset (MVTec AD layout)
  train       fit a model on a dataset&apos;s defect-free images
  update      add good images to a model (a new version beside it)
  score       score images or a folder: scores.csv and heatmaps
  evaluate    metrics of a model on a labelled test set (JSON)
  methods     list the methods and their settings

Run defectscope-cli COMMAND --help for a command&apos;s options.
</source>
        <translation>Aufruf: defectscope-cli COMMAND [options]

Befehle:
  demo-data   synthetischen Demo-Datensatz schreiben (MVTec-AD-Struktur)
  train       Modell auf den defektfreien Bildern eines Datensatzes trainieren
  update      Gutbilder zu einem Modell hinzufügen (eine neue Version daneben)
  score       Bilder oder einen Ordner bewerten: scores.csv und Heatmaps
  evaluate    Metriken eines Modells auf einem gelabelten Testsatz (JSON)
  methods     Methoden und ihre Einstellungen auflisten

Mit defectscope-cli COMMAND --help werden die Optionen eines Befehls angezeigt.
</translation>
    </message>
    <message>
        <source>methods trained over epochs: epochs to continue for (default: the model&apos;s epochs setting)</source>
        <translation>über Epochen trainierte Methoden: Anzahl weiterer Epochen (Standard: die Epochen-Einstellung des Modells)</translation>
    </message>
    <message>
        <source>continue an interrupted update from its checkpoint (MODEL2.ckpt)</source>
        <translation>eine unterbrochene Aktualisierung am Checkpoint fortsetzen (MODEL2.ckpt)</translation>
    </message>
    <message>
        <source>--epochs must be 0 or more, not %1</source>
        <translation>--epochs muss 0 oder größer sein, nicht %1</translation>
    </message>
    <message>
        <source>the run would be refused: %1</source>
        <translation>der Lauf würde abgelehnt: %1</translation>
    </message>
    <message>
        <source>time a few training steps, print the estimated training time and peak memory and exit</source>
        <translation>einige Trainingsschritte messen, die geschätzte Trainingsdauer und den Spitzenspeicher ausgeben und beenden</translation>
    </message>
    <message>
        <source>%1 fits in one pass over the training images; no time estimate</source>
        <translation>%1 trainiert in einem einzigen Durchlauf über die Trainingsbilder; keine Zeitschätzung</translation>
    </message>
    <message>
        <source>print the update&apos;s peak memory and, for methods trained over epochs, its time from a few training steps, and exit</source>
        <translation>den Spitzenspeicher der Aktualisierung und, bei über Epochen trainierten Methoden, ihre aus einigen Trainingsschritten gemessene Dauer ausgeben und beenden</translation>
    </message>
    <message>
        <source>%1: this model is updated in one pass over the added images; no time estimate</source>
        <translation>%1: dieses Modell wird in einem Durchlauf über die hinzugefügten Bilder aktualisiert; keine Zeitschätzung</translation>
    </message>
    <message>
        <source>make every defect a spot at most N pixels across, whatever the image size (default 0: scratches, stains, cracks and missing pattern sized with the image)</source>
        <translation>jeden Defekt zu einem Fleck von höchstens N Pixeln Durchmesser machen, unabhängig von der Bildgröße (Standard 0: Kratzer, Flecken, Risse und fehlendes Muster, mit dem Bild skaliert)</translation>
    </message>
    <message>
        <source>cut images into tiles of WxH (or S×S) at their own resolution instead of resizing them; maps are stitched back at each image&apos;s size</source>
        <translation>Bilder in ihrer eigenen Auflösung in Kacheln von WxH (oder S×S) zerlegen, statt sie zu skalieren; die Karten werden in der Größe jedes Bildes wieder zusammengesetzt</translation>
    </message>
    <message>
        <source>fraction of a tile that neighbouring tiles share at least (0–0.9, default 0.25)</source>
        <translation>Anteil einer Kachel, den benachbarte Kacheln mindestens teilen (0–0,9, Standard 0,25)</translation>
    </message>
    <message>
        <source>scale images by S (0.01–1) before tiling (default 1: native resolution)</source>
        <translation>Bilder vor dem Kacheln mit S (0,01–1) skalieren (Standard 1: native Auflösung)</translation>
    </message>
    <message>
        <source>--tile-overlap and --tile-scale need --tile</source>
        <translation>--tile-overlap und --tile-scale erfordern --tile</translation>
    </message>
</context>
<context>
    <name>ColourBar</name>
    <message>
        <source>Colour scale</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>ColourMap</name>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
</context>
<context>
    <name>Compute</name>
    <message>
        <source>device &quot;%1&quot; asked for, but this LibTorch has no usable CUDA device</source>
        <translation>Gerät „%1“ angefordert, aber diese LibTorch hat kein nutzbares CUDA-Gerät</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (use cpu, cuda or auto)</source>
        <translation>unbekanntes Gerät „%1“ (cpu, cuda oder auto verwenden)</translation>
    </message>
</context>
<context>
    <name>CorruptionPreviewDialog</name>
    <message>
        <source>Training samples</source>
        <translation>Trainingsbeispiele</translation>
    </message>
    <message>
        <source>Corrupted training inputs X̂ (left) and the masks M of what was changed (right), drawn with the current settings. The network learns to restore the masked regions.</source>
        <translation>Verfälschte Trainingseingaben X̂ (links) und die Masken M der geänderten Bereiche (rechts), erzeugt mit den aktuellen Einstellungen. Das Netz lernt, die maskierten Bereiche wiederherzustellen.</translation>
    </message>
    <message>
        <source>Other samples</source>
        <translation>Andere Beispiele</translation>
    </message>
    <message>
        <source>Point of training</source>
        <translation>Zeitpunkt im Training</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Drawing samples…</source>
        <translation>Beispiele werden erzeugt…</translation>
    </message>
    <message>
        <source>Crops grow from the start of training to its end (progressive training); drag the slider to see.</source>
        <translation>Die Zuschnitte wachsen vom Beginn bis zum Ende des Trainings (progressives Training); ziehen Sie den Schieberegler, um es zu sehen.</translation>
    </message>
    <message>
        <source>corrupted input X̂</source>
        <translation>verfälschte Eingabe X̂</translation>
    </message>
    <message>
        <source>mask M (white: changed)</source>
        <translation>Maske M (weiß: geändert)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>%1: dataset not found</source>
        <translation>%1: Datensatz nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: no usable images found</source>
        <translation>%1: keine nutzbaren Bilder gefunden</translation>
    </message>
    <message>
        <source>%1: no usable images found (%2: %3)</source>
        <translation>%1: keine verwendbaren Bilder gefunden (%2: %3)</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Dataset groups</source>
        <translation>Datensatzgruppen</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>REVIEW</translation>
    </message>
    <message>
        <source>NOK</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur richtige</translation>
    </message>
    <message>
        <source>Wrong only</source>
        <translation>Nur falsche</translation>
    </message>
    <message>
        <source>Dataset order</source>
        <translation>Datensatzreihenfolge</translation>
    </message>
    <message>
        <source>Score, highest first</source>
        <translation>Wert, höchster zuerst</translation>
    </message>
    <message>
        <source>Score, lowest first</source>
        <translation>Wert, niedrigster zuerst</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Show only images with this verdict</source>
        <translation>Nur Bilder mit diesem Urteil anzeigen</translation>
    </message>
    <message>
        <source>Show only images whose verdict agrees (or disagrees) with their label</source>
        <translation>Nur Bilder anzeigen, deren Urteil mit ihrem Label übereinstimmt (oder nicht)</translation>
    </message>
    <message>
        <source>Order of the thumbnails</source>
        <translation>Reihenfolge der Miniaturansichten</translation>
    </message>
    <message>
        <source>Images of the selected group</source>
        <translation>Bilder der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Files that could not be used</source>
        <translation>Dateien, die nicht verwendet werden konnten</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Problem files</source>
        <translation>Problemdateien</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>No problem files</source>
        <translation>Keine Problemdateien</translation>
    </message>
    <message>
        <source>Problem files (%1)</source>
        <translation>Problemdateien (%1)</translation>
    </message>
    <message>
        <source>No image of this group matches the filters. &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>Kein Bild dieser Gruppe passt zu den Filtern. &lt;a href=&quot;all&quot;&gt;Alle anzeigen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>DatasetReaders</name>
    <message>
        <source>not an image file (skipped)</source>
        <translation>keine Bilddatei (übersprungen)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>mask without a matching image</source>
        <translation>Maske ohne passendes Bild</translation>
    </message>
    <message>
        <source>file outside a class folder (skipped)</source>
        <translation>Datei außerhalb eines Klassenordners (übersprungen)</translation>
    </message>
    <message>
        <source>defective image without a ground-truth mask (image-level metrics only)</source>
        <translation>defektes Bild ohne Ground-Truth-Maske (nur Metriken auf Bildebene)</translation>
    </message>
    <message>
        <source>%1: cannot read the manifest (%2)</source>
        <translation>%1: Manifest kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: manifest header lacks the column &quot;%2&quot; (expected split,label,defect_type,image_path,mask_path)</source>
        <translation>%1: im Manifest-Kopf fehlt die Spalte „%2“ (erwartet: split,label,defect_type,image_path,mask_path)</translation>
    </message>
    <message>
        <source>row has %1 fields, the header has %2 (skipped)</source>
        <translation>Zeile hat %1 Felder, der Kopf hat %2 (übersprungen)</translation>
    </message>
    <message>
        <source>split must be train or test, not &quot;%1&quot; (skipped)</source>
        <translation>split muss train oder test sein, nicht „%1“ (übersprungen)</translation>
    </message>
    <message>
        <source>label must be 0, 1 or empty, not &quot;%1&quot; (skipped)</source>
        <translation>label muss 0, 1 oder leer sein, nicht „%1“ (übersprungen)</translation>
    </message>
    <message>
        <source>%1 (mask ignored: the image counts for image-level metrics only)</source>
        <translation>%1 (Maske ignoriert: Das Bild zählt nur für Metriken auf Bildebene)</translation>
    </message>
    <message>
        <source>folder cannot be read (permission denied): its images are skipped</source>
        <translation>Ordner nicht lesbar (keine Berechtigung): seine Bilder werden übersprungen</translation>
    </message>
    <message>
        <source>%1 is labelled defective here but good on line %2 (this row skipped)</source>
        <translation>%1 ist hier als fehlerhaft, in Zeile %2 aber als gut markiert (diese Zeile übersprungen)</translation>
    </message>
    <message>
        <source>%1 is labelled good here but defective on line %2 (this row skipped)</source>
        <translation>%1 ist hier als gut, in Zeile %2 aber als fehlerhaft markiert (diese Zeile übersprungen)</translation>
    </message>
    <message>
        <source>%1 is listed again (first on line %2; this row skipped)</source>
        <translation>%1 ist erneut aufgeführt (zuerst in Zeile %2; diese Zeile übersprungen)</translation>
    </message>
    <message>
        <source>a mask is given for a good image (mask ignored)</source>
        <translation>für ein gutes Bild ist eine Maske angegeben (Maske ignoriert)</translation>
    </message>
</context>
<context>
    <name>DefectAurocPlot</name>
    <message>
        <source>Image AUROC</source>
        <translation>Bild-AUROC</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>Defekttyp</translation>
    </message>
    <message>
        <source>No AUROC for: %1</source>
        <translation>Kein AUROC für: %1</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The demo image size must be at least 32 pixels.</source>
        <translation>Die Größe der Demobilder muss mindestens 32 Pixel betragen.</translation>
    </message>
    <message>
        <source>The number of demo images cannot be negative.</source>
        <translation>Die Anzahl der Demobilder darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>EvaluateJob</name>
    <message>
        <source>%1: the model was trained with a centre crop, so its maps cover only part of each image; evaluate it at the model&apos;s size (--eval-size model)</source>
        <translation>%1: Das Modell wurde mit Mittenzuschnitt trainiert, seine Karten decken daher nur einen Teil jedes Bildes ab; werten Sie es in Modellgröße aus (--eval-size model)</translation>
    </message>
    <message>
        <source>%1: no labelled test images to evaluate on</source>
        <translation>%1: keine gelabelten Testbilder zur Auswertung</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1: none of the test images could be loaded</source>
        <translation>%1: keines der Testbilder konnte geladen werden</translation>
    </message>
    <message>
        <source>Computing metrics</source>
        <translation>Metriken werden berechnet</translation>
    </message>
    <message>
        <source>%1: every labelled test image is one the model was trained on</source>
        <translation>%1: Alle gelabelten Testbilder wurden zum Training des Modells verwendet</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Flagged images (NOK and REVIEW)</source>
        <translation>Markierte Bilder (NOK und REVIEW)</translation>
    </message>
    <message>
        <source>Wrong decisions only</source>
        <translation>Nur falsche Entscheidungen</translation>
    </message>
    <message>
        <source>All scored images</source>
        <translation>Alle bewerteten Bilder</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>name printed on the title page</source>
        <translation>auf der Titelseite gedruckter Name</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>The report states the thresholds in force and shows the plots as they are now.</source>
        <translation>Der Bericht nennt die geltenden Schwellenwerte und zeigt die Diagramme im aktuellen Zustand.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Report preview (first %1 of %2 findings)</source>
        <translation>Berichtsvorschau (erste %1 von %2 Befunden)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Another job is running; cancel it or wait for it to finish.</source>
        <translation>Ein anderer Auftrag läuft; brechen Sie ihn ab oder warten Sie, bis er abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Writing exports</source>
        <translation>Exporte werden geschrieben</translation>
    </message>
    <message>
        <source>%1: the export was not written; the previous one is unchanged (%2)</source>
        <translation>%1: der Export wurde nicht geschrieben; der vorherige ist unverändert (%2)</translation>
    </message>
</context>
<context>
    <name>FeatureExtractor</name>
    <message>
        <source>%1 has feature stages 0 to %2, given in ascending order; not %3</source>
        <translation>%1 hat die Merkmalsstufen 0 bis %2, in aufsteigender Reihenfolge anzugeben; nicht %3</translation>
    </message>
    <message>
        <source>%1 needs images as an N×3×H×W tensor</source>
        <translation>%1 benötigt Bilder als N×3×H×W-Tensor</translation>
    </message>
    <message>
        <source>layers=%1: each layer must be a number from 0 to %2 (this backbone has %3 stages)</source>
        <translation>layers=%1: jede Schicht muss eine Zahl von 0 bis %2 sein (dieses Backbone hat %3 Stufen)</translation>
    </message>
    <message>
        <source>the backbone &quot;torchscript:&quot; needs the path of a module, as in torchscript:PATH</source>
        <translation>das Backbone „torchscript:“ benötigt den Pfad eines Moduls, wie in torchscript:PATH</translation>
    </message>
    <message>
        <source>--weights %1 does not apply to the TorchScript backbone %2: a TorchScript module carries its own weights (leave --weights out)</source>
        <translation>--weights %1 gilt nicht für das TorchScript-Backbone %2: ein TorchScript-Modul bringt eigene Gewichte mit (--weights weglassen)</translation>
    </message>
    <message>
        <source>unknown backbone &quot;%1&quot; (accepted: resnet18, wide_resnet50_2, torchscript:PATH)</source>
        <translation>unbekanntes Backbone „%1“ (zulässig: resnet18, wide_resnet50_2, torchscript:PATH)</translation>
    </message>
</context>
<context>
    <name>FrameLoader</name>
    <message>
        <source> — score %1</source>
        <translation> — Anomaliewert %1</translation>
    </message>
    <message>
        <source> — a training image of this model: not scored, not in the metrics</source>
        <translation> — Trainingsbild dieses Modells: nicht bewertet, nicht in den Metriken</translation>
    </message>
    <message>
        <source> — label: %1</source>
        <translation> — Label: %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>DefectScope: unsupervised visual defect inspection</source>
        <translation>DefectScope: unüberwachte visuelle Defektprüfung</translation>
    </message>
    <message>
        <source>open the built-in demo dataset</source>
        <translation>den integrierten Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <source>train a model on the dataset, score it, save PNGs of the main views into DIR and quit</source>
        <translation>ein Modell auf dem Datensatz trainieren, ihn bewerten, PNGs der Hauptansichten nach DIR speichern und beenden</translation>
    </message>
    <message>
        <source>method for --screenshots</source>
        <translation>Methode für --screenshots</translation>
    </message>
    <message>
        <source>backbone for --screenshots</source>
        <translation>Backbone für --screenshots</translation>
    </message>
    <message>
        <source>dataset folder or project file (.dsproj) to open</source>
        <translation>zu öffnender Datensatzordner oder Projektdatei (.dsproj)</translation>
    </message>
    <message>
        <source>tile size for --screenshots: a tiled model, its tiles outlined</source>
        <translation>Kachelgröße für --screenshots: ein gekacheltes Modell, seine Kacheln umrandet</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <source>DefectScope user guide</source>
        <translation>DefectScope-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Image view: next image</source>
        <translation>Bildansicht: nächstes Bild</translation>
    </message>
    <message>
        <source>Right, Down, Space, Page Down</source>
        <translation>Rechts, Unten, Leertaste, Bild ab</translation>
    </message>
    <message>
        <source>Image view: previous image</source>
        <translation>Bildansicht: vorheriges Bild</translation>
    </message>
    <message>
        <source>Left, Up, Page Up</source>
        <translation>Links, Oben, Bild auf</translation>
    </message>
    <message>
        <source>Image view: zoom, fit</source>
        <translation>Bildansicht: zoomen, einpassen</translation>
    </message>
    <message>
        <source>Mouse wheel; double-click</source>
        <translation>Mausrad; Doppelklick</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>HoldoutSplit</name>
    <message>
        <source>the dataset has test good images of its own</source>
        <translation>der Datensatz hat eigene gute Testbilder</translation>
    </message>
    <message>
        <source>--holdout 0</source>
        <translation>--holdout 0</translation>
    </message>
    <message>
        <source>fewer than two training images</source>
        <translation>weniger als zwei Trainingsbilder</translation>
    </message>
</context>
<context>
    <name>IGD</name>
    <message>
        <source>Loading training images</source>
        <translation>Trainingsbilder werden geladen</translation>
    </message>
    <message>
        <source>none of the %1 training images could be loaded</source>
        <translation>keines der %1 Trainingsbilder konnte geladen werden</translation>
    </message>
    <message>
        <source>Interpolated Gaussian descriptor (Chen et al.)</source>
        <translation>Interpolierter Gauß-Deskriptor (Chen et al.)</translation>
    </message>
    <message>
        <source>Global and local autoencoders whose latent codes a Gaussian one-class classifier keeps together, trained with an interpolation critic; robust to a few defective training images.</source>
        <translation>Globale und lokale Autoencoder, deren latente Codes ein gaußscher Ein-Klassen-Klassifikator zusammenhält, trainiert mit einem Interpolationskritiker; robust gegen einzelne fehlerhafte Trainingsbilder.</translation>
    </message>
    <message>
        <source>the images (%1×%2) are smaller than the local model&apos;s %3-pixel patches</source>
        <translation>die Bilder (%1×%2) sind kleiner als die %3-Pixel-Ausschnitte des lokalen Modells</translation>
    </message>
    <message>
        <source>%1 training images; global model %2×%3, local model on %4-pixel patches (%5 per epoch)</source>
        <translation>%1 Trainingsbilder; globales Modell %2×%3, lokales Modell auf %4-Pixel-Ausschnitten (%5 pro Epoche)</translation>
    </message>
    <message>
        <source>the model holds no trained network</source>
        <translation>das Modell enthält kein trainiertes Netz</translation>
    </message>
    <message>
        <source>image size %1×%2 is smaller than the local model&apos;s %3-pixel patches</source>
        <translation>die Bildgröße %1×%2 ist kleiner als die %3-Pixel-Ausschnitte des lokalen Modells</translation>
    </message>
    <message>
        <source>%1: the encoder&apos;s backbone differs from the one the model was trained with (%2 instead of %3)</source>
        <translation>%1: das Backbone des Encoders unterscheidet sich von dem, mit dem das Modell trainiert wurde (%2 statt %3)</translation>
    </message>
    <message>
        <source>fast: 128-pixel global model, 8 patches per image, 12 epochs at learning rate 1e-3 (for a CPU); paper: 256 pixels, every patch, 256 epochs at 1e-4; auto: fast on a CPU, paper on CUDA</source>
        <translation>fast: globales Modell mit 128 Pixeln, 8 Ausschnitte pro Bild, 12 Epochen mit Lernrate 1e-3 (für eine CPU); paper: 256 Pixel, alle Ausschnitte, 256 Epochen mit 1e-4; auto: fast auf einer CPU, paper mit CUDA</translation>
    </message>
    <message>
        <source>which models to train and score with: both (eq. 13), global (whole image) or local (patches)</source>
        <translation>welche Modelle trainiert und bewertet werden: both (Gl. 13), global (ganzes Bild) oder local (Ausschnitte)</translation>
    </message>
    <message>
        <source>encoder: pretrained = the backbone&apos;s trunk, frozen, and a trained linear layer to the latent space; scratch = ResNet-18 trained from scratch</source>
        <translation>Encoder: pretrained = der eingefrorene Rumpf des Backbones und eine trainierte lineare Schicht in den latenten Raum; scratch = ResNet-18 von Grund auf trainiert</translation>
    </message>
    <message>
        <source>shorter side of the global model&apos;s input in pixels, a multiple of 32 (0 = the preset&apos;s: fast 128, paper 256)</source>
        <translation>kürzere Seite der Eingabe des globalen Modells in Pixeln, ein Vielfaches von 32 (0 = Wert des Presets: fast 128, paper 256)</translation>
    </message>
    <message>
        <source>side of the local model&apos;s patches in pixels (a multiple of 32)</source>
        <translation>Seitenlänge der Ausschnitte des lokalen Modells in Pixeln (ein Vielfaches von 32)</translation>
    </message>
    <message>
        <source>step between the local model&apos;s patches in pixels</source>
        <translation>Schrittweite zwischen den Ausschnitten des lokalen Modells in Pixeln</translation>
    </message>
    <message>
        <source>local model: random patches per training image and epoch (0 = every patch position; -1 = the preset&apos;s: fast 8, paper every position)</source>
        <translation>lokales Modell: zufällige Ausschnitte pro Trainingsbild und Epoche (0 = jede Position; -1 = Wert des Presets: fast 8, paper jede Position)</translation>
    </message>
    <message>
        <source>dimension Z of the latent space</source>
        <translation>Dimension Z des latenten Raums</translation>
    </message>
    <message>
        <source>channel width multiplier of decoder and critic (1.0 = the reverse ResNet-18; 0 = the preset&apos;s: fast 0.5, paper 1.0)</source>
        <translation>Multiplikator der Kanalbreite von Decoder und Kritiker (1.0 = umgekehrtes ResNet-18; 0 = Wert des Presets: fast 0.5, paper 1.0)</translation>
    </message>
    <message>
        <source>training epochs of each model (0 = the preset&apos;s: fast 12, paper 256)</source>
        <translation>Trainingsepochen jedes Modells (0 = Wert des Presets: fast 12, paper 256)</translation>
    </message>
    <message>
        <source>global model: images per step (0 = the preset&apos;s: fast 16, paper 64)</source>
        <translation>globales Modell: Bilder pro Schritt (0 = Wert des Presets: fast 16, paper 64)</translation>
    </message>
    <message>
        <source>local model: patches per step</source>
        <translation>lokales Modell: Ausschnitte pro Schritt</translation>
    </message>
    <message>
        <source>Adam learning rate (0 = the preset&apos;s: paper 1e-4, fast 1e-3 for its few epochs)</source>
        <translation>Adam-Lernrate (0 = die des Presets: paper 1e-4, fast 1e-3 für seine wenigen Epochen)</translation>
    </message>
    <message>
        <source>Adam weight decay</source>
        <translation>Adam-Gewichtsabnahme</translation>
    </message>
    <message>
        <source>learning-rate schedule: poly = × (1 − step/steps)^0.9 (the authors&apos; code), constant</source>
        <translation>Lernratenverlauf: poly = × (1 − Schritt/Schritte)^0.9 (Code der Autoren), constant</translation>
    </message>
    <message>
        <source>epochs between E-steps re-estimating μ and σ (0 = the preset&apos;s: fast 3, paper 10)</source>
        <translation>Epochen zwischen E-Schritten, die μ und σ neu schätzen (0 = Wert des Presets: fast 3, paper 10)</translation>
    </message>
    <message>
        <source>most samples (images or patches) an E-step averages over</source>
        <translation>höchstens so viele Stichproben (Bilder oder Ausschnitte) mittelt ein E-Schritt</translation>
    </message>
    <message>
        <source>ρ of eq. 12: weight of the absolute error beside 1 − MS-SSIM</source>
        <translation>ρ aus Gl. 12: Gewicht des absoluten Fehlers neben 1 − MS-SSIM</translation>
    </message>
    <message>
        <source>λ1 of eq. 7: weight of the critic loss ℓ_d</source>
        <translation>λ1 aus Gl. 7: Gewicht des Kritikerverlusts ℓ_d</translation>
    </message>
    <message>
        <source>λ2 of eq. 7: weight of the reconstruction constraint ℓ_f,g</source>
        <translation>λ2 aus Gl. 7: Gewicht der Rekonstruktionsbedingung ℓ_f,g</translation>
    </message>
    <message>
        <source>λ3 of eq. 11: weight of fooling the critic</source>
        <translation>λ3 aus Gl. 11: Gewicht der Täuschung des Kritikers</translation>
    </message>
    <message>
        <source>global model&apos;s MS-SSIM window (odd; 0 = 11, or the largest that fits all scales of a smaller image)</source>
        <translation>MS-SSIM-Fenster des globalen Modells (ungerade; 0 = 11 oder das größte, das bei einem kleineren Bild in alle Skalen passt)</translation>
    </message>
    <message>
        <source>global model&apos;s MS-SSIM scales (1–5)</source>
        <translation>MS-SSIM-Skalen des globalen Modells (1–5)</translation>
    </message>
    <message>
        <source>local model&apos;s MS-SSIM window (odd)</source>
        <translation>MS-SSIM-Fenster des lokalen Modells (ungerade)</translation>
    </message>
    <message>
        <source>local model&apos;s MS-SSIM scales (1–5)</source>
        <translation>MS-SSIM-Skalen des lokalen Modells (1–5)</translation>
    </message>
    <message>
        <source>weight of the global model&apos;s score and map (eqs. 13, 16: 1)</source>
        <translation>Gewicht von Score und Karte des globalen Modells (Gl. 13, 16: 1)</translation>
    </message>
    <message>
        <source>weight of the local model&apos;s score and map (eqs. 13, 16: 1)</source>
        <translation>Gewicht von Score und Karte des lokalen Modells (Gl. 13, 16: 1)</translation>
    </message>
    <message>
        <source>write a resumable checkpoint every this many iterations</source>
        <translation>alle so viele Iterationen einen fortsetzbaren Checkpoint schreiben</translation>
    </message>
    <message>
        <source>setting global_size must be a multiple of 32, not %1</source>
        <translation>Einstellung global_size muss ein Vielfaches von 32 sein, nicht %1</translation>
    </message>
    <message>
        <source>setting patch_size must be a multiple of 32, not %1</source>
        <translation>Einstellung patch_size muss ein Vielfaches von 32 sein, nicht %1</translation>
    </message>
    <message>
        <source>setting %1 must be odd, not %2</source>
        <translation>Einstellung %1 muss ungerade sein, nicht %2</translation>
    </message>
    <message>
        <source>setting %1: a %2-pixel window over %3 scales needs images of at least %4 pixels, the model&apos;s are %5</source>
        <translation>Einstellung %1: ein %2-Pixel-Fenster über %3 Skalen braucht Bilder von mindestens %4 Pixeln, die des Modells haben %5</translation>
    </message>
    <message>
        <source>global model</source>
        <translation>globales Modell</translation>
    </message>
    <message>
        <source>local model</source>
        <translation>lokales Modell</translation>
    </message>
    <message>
        <source>%1: Gaussian loss ℓ_h</source>
        <translation>%1: Gauß-Verlust ℓ_h</translation>
    </message>
    <message>
        <source>%1: reconstruction loss ℓ_r</source>
        <translation>%1: Rekonstruktionsverlust ℓ_r</translation>
    </message>
    <message>
        <source>%1: critic loss ℓ_d</source>
        <translation>%1: Kritikerverlust ℓ_d</translation>
    </message>
    <message>
        <source>resumed from %1 at iteration %2</source>
        <translation>ab %1 bei Iteration %2 fortgesetzt</translation>
    </message>
    <message>
        <source>Training the global model (%1 of %2)</source>
        <translation>Globales Modell wird trainiert (%1 von %2)</translation>
    </message>
    <message>
        <source>Training the local model (%1 of %2)</source>
        <translation>Lokales Modell wird trainiert (%1 von %2)</translation>
    </message>
    <message>
        <source>image score of each model: paper = ℓ_r + ℓ_h (eqs. 14, 15); authors = the authors&apos; code: global 0.1·ℓ_r + 0.9·ℓ_h, local 0.9·ℓ_r + 0.1·ℓ_h</source>
        <translation>Bild-Score jedes Modells: paper = ℓ_r + ℓ_h (Gl. 14, 15); authors = wie im Code der Autoren: global 0.1·ℓ_r + 0.9·ℓ_h, lokal 0.9·ℓ_r + 0.1·ℓ_h</translation>
    </message>
    <message>
        <source>the images (%1×%2) are not the model&apos;s input size (%3×%4)</source>
        <translation>die Bilder (%1×%2) haben nicht die Eingabegröße des Modells (%3×%4)</translation>
    </message>
</context>
<context>
    <name>ImageIO</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: read error (%2)</source>
        <translation>%1: Lesefehler (%2)</translation>
    </message>
    <message>
        <source>%1: file is empty</source>
        <translation>%1: Datei ist leer</translation>
    </message>
    <message>
        <source>truncated or corrupt JPEG (no end-of-image marker)</source>
        <translation>abgeschnittenes oder beschädigtes JPEG (keine End-of-Image-Markierung)</translation>
    </message>
    <message>
        <source>truncated or corrupt PNG (no IEND chunk)</source>
        <translation>abgeschnittenes oder beschädigtes PNG (kein IEND-Chunk)</translation>
    </message>
    <message>
        <source>%1: cannot be decoded (%2)</source>
        <translation>%1: kann nicht dekodiert werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be decoded (corrupt or unsupported image data)</source>
        <translation>%1: kann nicht dekodiert werden (beschädigte oder nicht unterstützte Bilddaten)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>not a supported image (PNG, JPEG, BMP or TIFF)</source>
        <translation>kein unterstütztes Bild (PNG, JPEG, BMP oder TIFF)</translation>
    </message>
    <message>
        <source>%1: mask is %2×%3 pixels but its image is %4×%5</source>
        <translation>%1: Maske hat %2×%3 Pixel, das zugehörige Bild jedoch %4×%5</translation>
    </message>
    <message>
        <source>%1: file too large for an image (%2 MB; at most %3 MB)</source>
        <translation>%1: Datei zu groß für ein Bild (%2 MB; höchstens %3 MB)</translation>
    </message>
    <message>
        <source>corrupt PNG header</source>
        <translation>beschädigter PNG-Header</translation>
    </message>
    <message>
        <source>corrupt JPEG header (no frame marker before the image data)</source>
        <translation>beschädigter JPEG-Header (kein Frame-Marker vor den Bilddaten)</translation>
    </message>
    <message>
        <source>corrupt BMP header</source>
        <translation>beschädigter BMP-Header</translation>
    </message>
    <message>
        <source>corrupt TIFF header (no image width and height)</source>
        <translation>beschädigter TIFF-Header (keine Bildbreite und -höhe)</translation>
    </message>
    <message>
        <source>truncated BMP (%1 bytes; its header needs %2)</source>
        <translation>abgeschnittenes BMP (%1 Bytes; sein Header verlangt %2)</translation>
    </message>
    <message>
        <source>decoded as %1×%2 pixels although its header says %3×%4 (corrupt image)</source>
        <translation>als %1×%2 Pixel dekodiert, obwohl sein Header %3×%4 angibt (beschädigtes Bild)</translation>
    </message>
    <message>
        <source>corrupt image header (%1×%2 pixels)</source>
        <translation>beschädigter Bild-Header (%1×%2 Pixel)</translation>
    </message>
    <message>
        <source>image is %1×%2 pixels, more than the %3 megapixels DefectScope decodes (DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)</source>
        <translation>Bild hat %1×%2 Pixel, mehr als die %3 Megapixel, die DefectScope dekodiert (DEFECTSCOPE_MAX_IMAGE_PIXELS oder --max-image-pixels erhöhen die Grenze)</translation>
    </message>
    <message>
        <source>corrupt JPEG (%1)</source>
        <translation>beschädigtes JPEG (%1)</translation>
    </message>
    <message>
        <source>corrupt JPEG image data (%1)</source>
        <translation>beschädigte JPEG-Bilddaten (%1)</translation>
    </message>
    <message>
        <source>corrupt PNG (%1)</source>
        <translation>beschädigtes PNG (%1)</translation>
    </message>
    <message>
        <source>TIFF strips or tiles of %1×%2 pixels, more than the %3 megapixels DefectScope decodes (DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)</source>
        <translation>TIFF-Streifen oder -Kacheln von %1×%2 Pixeln, mehr als die %3 Megapixel, die DefectScope dekodiert (DEFECTSCOPE_MAX_IMAGE_PIXELS oder --max-image-pixels erhöhen die Grenze)</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>%1: %2×%3 pixels (%4×%5 as tiled) is smaller than the model&apos;s %6×%7 tile</source>
        <translation>%1: %2×%3 Pixel (%4×%5 beim Kacheln) ist kleiner als die %6×%7-Kachel des Modells</translation>
    </message>
</context>
<context>
    <name>ImageSizeSpec</name>
    <message>
        <source>the crop %1×%2 is larger than the resized image %3×%4</source>
        <translation>der Zuschnitt %1×%2 ist größer als das skalierte Bild %3×%4</translation>
    </message>
    <message>
        <source>image size &quot;%1&quot; is not valid: give the shorter side (e.g. 256) or width×height (e.g. 256x640), each between %2 and %3 pixels</source>
        <translation>Bildgröße „%1“ ist ungültig: kürzere Seite (z. B. 256) oder Breite×Höhe (z. B. 256x640) angeben, jeweils zwischen %2 und %3 Pixeln</translation>
    </message>
    <message>
        <source>images of %1×%2 pixels would be resized to %3×%4, more than %5 pixels a side: give a smaller image size or width×height</source>
        <translation>Bilder mit %1×%2 Pixeln würden auf %3×%4 skaliert, mehr als %5 Pixel pro Seite: kleinere Bildgröße oder Breite×Höhe angeben</translation>
    </message>
    <message>
        <source>tiles keep the images&apos; own size: give either a tile or an image size and crop, not both</source>
        <translation>Kacheln behalten die eigene Größe der Bilder: Geben Sie entweder eine Kachel oder eine Bildgröße und einen Zuschnitt an, nicht beides</translation>
    </message>
</context>
<context>
    <name>ImageTensor</name>
    <message>
        <source>images of one batch must share size and type</source>
        <translation>Bilder eines Batches müssen gleiche Größe und gleichen Typ haben</translation>
    </message>
</context>
<context>
    <name>InpaintAE</name>
    <message>
        <source>corruptions: name at least one of elastic, occlusion, rotation</source>
        <translation>corruptions: mindestens eine von elastic, occlusion, rotation angeben</translation>
    </message>
    <message>
        <source>channel width multiplier (1.0 = the paper&apos;s filters; 0 = the preset&apos;s)</source>
        <translation>Multiplikator der Kanalbreite (1.0 = Filterzahlen wie im Paper; 0 = Wert des Presets)</translation>
    </message>
    <message>
        <source>kernel width f of the stacked dilated convolutions (3 or 5)</source>
        <translation>Kernelbreite f der gestapelten dilatierten Faltungen (3 oder 5)</translation>
    </message>
    <message>
        <source>training objective: 1 = reconstruct (eq. 1), 4 = contrast in corrupted areas (eq. 4), ensemble = both models, pixel-wise maximum</source>
        <translation>Zielfunktion des Trainings: 1 = Rekonstruktion (Gl. 1), 4 = Kontrast in verfälschten Bereichen (Gl. 4), ensemble = beide Modelle, pixelweises Maximum</translation>
    </message>
    <message>
        <source>weight λ of the corrupted-region term</source>
        <translation>Gewicht λ des Terms für die verfälschten Bereiche</translation>
    </message>
    <message>
        <source>training epochs (0 = the preset&apos;s)</source>
        <translation>Trainingsepochen (0 = Wert des Presets)</translation>
    </message>
    <message>
        <source>training images per step</source>
        <translation>Trainingsbilder pro Schritt</translation>
    </message>
    <message>
        <source>stop after this many epochs without a lower validation loss (0 = never)</source>
        <translation>nach so vielen Epochen ohne niedrigeren Validierungsverlust abbrechen (0 = nie)</translation>
    </message>
    <message>
        <source>fraction of the training images held out for validation</source>
        <translation>Anteil der Trainingsbilder, der für die Validierung zurückgehalten wird</translation>
    </message>
    <message>
        <source>write a resumable checkpoint every this many iterations</source>
        <translation>alle so vielen Iterationen einen Checkpoint schreiben, ab dem das Training fortgesetzt werden kann</translation>
    </message>
    <message>
        <source>progressive training: first crop side as a fraction of the network input (1 = no progression)</source>
        <translation>progressives Training: anfängliche Seitenlänge des Zuschnitts als Anteil der Netzeingabe (1 = ohne Progression)</translation>
    </message>
    <message>
        <source>fraction of the epochs over which the crop grows to the full input</source>
        <translation>Anteil der Epochen, über die der Zuschnitt auf die volle Eingabegröße wächst</translation>
    </message>
    <message>
        <source>corruptions alternated in training: elastic, occlusion, rotation (comma-separated)</source>
        <translation>im Training abwechselnd verwendete Verfälschungen: elastic, occlusion, rotation (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>largest corrupted fraction of an image |S|/N</source>
        <translation>größter verfälschter Anteil eines Bildes |S|/N</translation>
    </message>
    <message>
        <source>smallest corrupted patch side, fraction of the image&apos;s shorter side</source>
        <translation>kleinste Seitenlänge eines verfälschten Patches, als Anteil der kürzeren Bildseite</translation>
    </message>
    <message>
        <source>largest corrupted patch side, fraction of the image&apos;s shorter side</source>
        <translation>größte Seitenlänge eines verfälschten Patches, als Anteil der kürzeren Bildseite</translation>
    </message>
    <message>
        <source>largest relative brightness change of a corrupted patch (0 = none)</source>
        <translation>größte relative Helligkeitsänderung eines verfälschten Patches (0 = keine)</translation>
    </message>
    <message>
        <source>augment with rotations by multiples of 90°</source>
        <translation>mit Drehungen um Vielfache von 90° augmentieren</translation>
    </message>
    <message>
        <source>augment with horizontal flips</source>
        <translation>mit horizontalen Spiegelungen augmentieren</translation>
    </message>
    <message>
        <source>augment with vertical flips</source>
        <translation>mit vertikalen Spiegelungen augmentieren</translation>
    </message>
    <message>
        <source>difference map: squared = channel mean of (X − F(X))² (eq. 2), ssim = 1 − SSIM</source>
        <translation>Differenzkarte: squared = Kanalmittel von (X − F(X))² (Gl. 2), ssim = 1 − SSIM</translation>
    </message>
    <message>
        <source>averaging filter size k of the anomaly map (odd)</source>
        <translation>Größe k des Mittelwertfilters für die Anomaliekarte (ungerade)</translation>
    </message>
    <message>
        <source>number n of averaging passes (0 = none)</source>
        <translation>Anzahl n der Mittelungsdurchläufe (0 = keine)</translation>
    </message>
    <message>
        <source>t of eq. 14: damp the map where the validation images&apos; mean map is high (0 = off; for objects)</source>
        <translation>t aus Gl. 14: die Karte dort dämpfen, wo die mittlere Karte der Validierungsbilder hoch ist (0 = aus; für Objekte)</translation>
    </message>
    <message>
        <source>%1: no training image could be loaded</source>
        <translation>%1: kein Trainingsbild konnte geladen werden</translation>
    </message>
    <message>
        <source>Loading training images</source>
        <translation>Trainingsbilder werden geladen</translation>
    </message>
    <message>
        <source>Inpainting autoencoder (Bauer et al.)</source>
        <translation>Inpainting-Autoencoder (Bauer et al.)</translation>
    </message>
    <message>
        <source>An autoencoder trained from scratch to restore corrupted patches of defect-free images; flags what it cannot reproduce.</source>
        <translation>Ein von Grund auf trainierter Autoencoder, der verfälschte Patches defektfreier Bilder wiederherstellt; markiert, was er nicht reproduzieren kann.</translation>
    </message>
    <message>
        <source>%1 training and %2 validation images, %3×%3 training crops, network width %4</source>
        <translation>%1 Trainings- und %2 Validierungsbilder, Trainingszuschnitte %3×%3, Netzbreite %4</translation>
    </message>
    <message>
        <source>the model holds no trained network</source>
        <translation>das Modell enthält kein trainiertes Netz</translation>
    </message>
    <message>
        <source>image size %1×%2 is not a multiple of 8</source>
        <translation>Bildgröße %1×%2 ist kein Vielfaches von 8</translation>
    </message>
    <message>
        <source>how convolutions see beyond the image border: replicate the edge pixels, or zeros</source>
        <translation>wie Faltungen über den Bildrand hinaus sehen: Randpixel wiederholen (replicate) oder Nullen (zeros)</translation>
    </message>
    <message>
        <source>setting kernel must be 3 or 5, not %1</source>
        <translation>Einstellung kernel muss 3 oder 5 sein, nicht %1</translation>
    </message>
    <message>
        <source>setting smooth_k must be an odd number ≥ 1, not %1</source>
        <translation>Einstellung smooth_k muss eine ungerade Zahl ≥ 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>training loss (eq. %1)</source>
        <translation>Trainingsverlust (Gl. %1)</translation>
    </message>
    <message>
        <source>validation loss (eq. %1)</source>
        <translation>Validierungsverlust (Gl. %1)</translation>
    </message>
    <message>
        <source>Training network %1 of %2 (eq. %3)</source>
        <translation>Training: Netz %1 von %2 (Gl. %3)</translation>
    </message>
    <message>
        <source>Training (eq. %1)</source>
        <translation>Training (Gl. %1)</translation>
    </message>
    <message>
        <source>resumed from %1 at iteration %2</source>
        <translation>ab %1 bei Iteration %2 fortgesetzt</translation>
    </message>
    <message>
        <source>stopped early after epoch %1: no lower validation loss for %2 epochs (best: epoch %3)</source>
        <translation>nach Epoche %1 vorzeitig beendet: seit %2 Epochen kein niedrigerer Validierungsverlust (beste: Epoche %3)</translation>
    </message>
    <message>
        <source>fast: 256-pixel images, half width, 12 epochs at learning rate 1e-3 (for a CPU); paper: 512 pixels, full width, 100 epochs at 1e-4; auto: fast on a CPU, paper on CUDA</source>
        <translation>fast: 256-Pixel-Bilder, halbe Netzbreite, 12 Epochen mit Lernrate 1e-3 (für eine CPU); paper: 512 Pixel, volle Netzbreite, 100 Epochen mit 1e-4; auto: fast auf einer CPU, paper mit CUDA</translation>
    </message>
    <message>
        <source>Adam learning rate (0 = the preset&apos;s: paper 1e-4, fast 1e-3 for its few epochs)</source>
        <translation>Adam-Lernrate (0 = die des Presets: paper 1e-4, fast 1e-3 für seine wenigen Epochen)</translation>
    </message>
    <message>
        <source>image score from the anomaly map: sum (the paper&apos;s) or max (for small defects on large images)</source>
        <translation>Bildscore aus der Anomaliekarte: sum (wie im Paper) oder max (für kleine Defekte in großen Bildern)</translation>
    </message>
    <message>
        <source>setting corruptions: unknown corruption &quot;%1&quot; (use elastic, occlusion, rotation, comma-separated)</source>
        <translation>Einstellung corruptions: unbekannte Verfälschung „%1“ (elastic, occlusion, rotation verwenden, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>none of the %1 training images could be loaded</source>
        <translation>keines der %1 Trainingsbilder konnte geladen werden</translation>
    </message>
</context>
<context>
    <name>InspectJob</name>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>none of the images could be loaded</source>
        <translation>keines der Bilder konnte geladen werden</translation>
    </message>
    <message>
        <source>Computing pixel metrics</source>
        <translation>Pixelmetriken werden berechnet</translation>
    </message>
    <message>
        <source>no test images to score</source>
        <translation>keine Testbilder zu bewerten</translation>
    </message>
    <message>
        <source>every test image is one the model was trained on</source>
        <translation>alle Testbilder sind Trainingsbilder des Modells</translation>
    </message>
</context>
<context>
    <name>InspectionModel</name>
    <message>
        <source>no training images</source>
        <translation>keine Trainingsbilder</translation>
    </message>
    <message>
        <source>none of the %1 training images could be loaded</source>
        <translation>keines der %1 Trainingsbilder konnte geladen werden</translation>
    </message>
    <message>
        <source>%1: the training images&apos; hashes are damaged</source>
        <translation>%1: Die Hashwerte der Trainingsbilder sind beschädigt</translation>
    </message>
    <message>
        <source>%1: the model&apos;s tensors do not match its method (damaged model): %2</source>
        <translation>%1: die Tensoren des Modells passen nicht zu seiner Methode (beschädigtes Modell): %2</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>das neue Modell</translation>
    </message>
    <message>
        <source>%1: the model&apos;s tensors do not fit the images it scores (damaged model): %2</source>
        <translation>%1: Die Tensoren des Modells passen nicht zu den bewerteten Bildern (beschädigtes Modell): %2</translation>
    </message>
    <message>
        <source>maps of shape %1 for %2 images of %3×%4</source>
        <translation>Karten der Form %1 für %2 Bilder von %3×%4</translation>
    </message>
    <message>
        <source>a %1 model cannot be updated with further images; train it again</source>
        <translation>ein %1-Modell kann nicht mit weiteren Bildern aktualisiert werden; bitte neu trainieren</translation>
    </message>
    <message>
        <source>no images to add</source>
        <translation>keine Bilder zum Hinzufügen</translation>
    </message>
    <message>
        <source>none of the %1 images to add could be loaded</source>
        <translation>keines der %1 hinzuzufügenden Bilder konnte geladen werden</translation>
    </message>
    <message>
        <source>%1: the inspection region is missing (damaged model)</source>
        <translation>%1: der Prüfbereich fehlt (beschädigtes Modell)</translation>
    </message>
    <message>
        <source>%1: the inspection region does not match the model&apos;s input (damaged model)</source>
        <translation>%1: der Prüfbereich passt nicht zur Modelleingabe (beschädigtes Modell)</translation>
    </message>
    <message>
        <source>continuing the training of a %1 model needs the images it was trained on (give its training dataset)</source>
        <translation>das Weitertrainieren eines %1-Modells braucht die Bilder, mit denen es trainiert wurde (seinen Trainingsdatensatz angeben)</translation>
    </message>
    <message>
        <source>none of the %1 training images is as large as a %2×%3 tile</source>
        <translation>keines der %1 Trainingsbilder ist so groß wie eine %2×%3-Kachel</translation>
    </message>
    <message>
        <source>continuing the training on %1 images: %2</source>
        <translation>Training wird auf %1 Bildern fortgesetzt: %2</translation>
    </message>
</context>
<context>
    <name>InspectionRegion</name>
    <message>
        <source>%1: the inspection region is empty: no pixel is inspected (white = inspected)</source>
        <translation>%1: der Prüfbereich ist leer: kein Pixel wird geprüft (weiß = geprüft)</translation>
    </message>
    <message>
        <source>%1: the inspection region is %2×%3, not the model&apos;s input frame %4×%5</source>
        <translation>%1: der Prüfbereich ist %2×%3, nicht der Eingaberahmen des Modells %4×%5</translation>
    </message>
    <message>
        <source>%1: the inspection region holds values other than 0 and 1</source>
        <translation>%1: der Prüfbereich enthält andere Werte als 0 und 1</translation>
    </message>
    <message>
        <source>%1: the inspection region is empty: no pixel is inspected</source>
        <translation>%1: der Prüfbereich ist leer: kein Pixel wird geprüft</translation>
    </message>
</context>
<context>
    <name>InspectionSession</name>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <source>Writing the demo dataset to %1…</source>
        <translation>Demo-Datensatz wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>Cannot move the demo dataset into %1</source>
        <translation>Demo-Datensatz kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training von %1</translation>
    </message>
    <message>
        <source>Trained on %1 images in %2 s; model saved to %3</source>
        <translation>Mit %1 Bildern in %2 s trainiert; Modell gespeichert unter %3</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Downloading %1 weights</source>
        <translation>Gewichte für %1 werden heruntergeladen</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>Weights saved to %1</source>
        <translation>Gewichte gespeichert unter %1</translation>
    </message>
    <message>
        <source>Writing report %1</source>
        <translation>Bericht %1 wird geschrieben</translation>
    </message>
    <message>
        <source>Writing report pages</source>
        <translation>Berichtsseiten werden geschrieben</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages)</source>
        <translation>Bericht gespeichert unter %1 (%2 Seiten)</translation>
    </message>
    <message>
        <source>Exporting results to %1</source>
        <translation>Ergebnisse werden nach %1 exportiert</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Results exported to %1</source>
        <translation>Ergebnisse nach %1 exportiert</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>A job is running: wait for it to finish or cancel it first.</source>
        <translation>Ein Auftrag läuft: Warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n good image(s) held out of training: scored as unseen test images</source>
        <translation>
            <numerusform>%n Gutbild vom Training zurückgehalten: als ungesehenes Testbild bewertet</numerusform>
            <numerusform>%n Gutbilder vom Training zurückgehalten: als ungesehene Testbilder bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>No images held out: %1</source>
        <translation>Keine Bilder zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Scoring %1 with %2</source>
        <translation>%1 wird mit %2 bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s) identical to training images left out of the metrics</source>
        <translation>
            <numerusform>%n mit einem Trainingsbild identisches Testbild aus den Metriken ausgelassen</numerusform>
            <numerusform>%n mit Trainingsbildern identische Testbilder aus den Metriken ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the inspection region of %1</source>
        <translation>Prüfbereich von %1 speichern</translation>
    </message>
    <message>
        <source>New version with the inspection region saved to %1</source>
        <translation>Neue Version mit dem Prüfbereich nach %1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) taught as good; new version saved to %1</source>
        <translation>
            <numerusform>%n Bild als gut beigebracht; neue Version nach %1 gespeichert</numerusform>
            <numerusform>%n Bilder als gut beigebracht; neue Version nach %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Teaching good images to %1</source>
        <translation>%1 mit Gutbildern aktualisieren</translation>
    </message>
    <message>
        <source>%1: cannot create the masks folder</source>
        <translation>%1: der Maskenordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>Inspection view</source>
        <translation>Prüfansicht</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagerung</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>No anomaly map yet: score the image to see it here.</source>
        <translation>Noch keine Anomaliekarte: Bewerten Sie das Bild, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Select a test image to inspect it.</source>
        <translation>Wählen Sie ein Testbild zur Prüfung aus.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit the panes (or double-click an image)</source>
        <translation>An die Bereiche anpassen (oder auf ein Bild doppelklicken)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (100 %)</source>
        <translation>Ein Bildpixel pro Bildschirmpixel anzeigen (100 %)</translation>
    </message>
    <message>
        <source>Zoom: image pixels per screen pixel, in percent</source>
        <translation>Zoom: Bildpixel pro Bildschirmpixel, in Prozent</translation>
    </message>
    <message>
        <source>%1 TP %2 FP %3 FN — yellow: predicted, cyan: ground truth</source>
        <translation>%1 TP %2 FP %3 FN — gelb: Vorhersage, cyan: Ground Truth</translation>
    </message>
    <message>
        <source>Evaluation at the pixel threshold: true-positive pixels green, false-positive blue, false-negative red. Overlay: predicted regions outlined in yellow, ground truth in cyan.</source>
        <translation>Auswertung am Pixel-Schwellenwert: richtig positive Pixel grün, falsch positive blau, falsch negative rot. Überlagerung: vorhergesagte Bereiche gelb umrandet, Ground Truth cyan.</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Das Bild konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Pixel precision %1 · recall %2 · IoU %3</source>
        <translation>Pixel-Präzision %1 · Trefferquote %2 · IoU %3</translation>
    </message>
    <message>
        <source>At pixel threshold %1: TP %2 · FP %3 · FN %4 · TN %5 pixels</source>
        <translation>Bei Pixel-Schwellenwert %1: TP %2 · FP %3 · FN %4 · TN %5 Pixel</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No pixel ground truth for this image (unlabelled, or defective without a mask): its predicted pixels cannot be called right or wrong.</source>
        <translation>Keine Pixel-Referenz für dieses Bild (ohne Label oder fehlerhaft ohne Maske): Seine vorhergesagten Pixel lassen sich nicht als richtig oder falsch einstufen.</translation>
    </message>
    <message>
        <source>Pixel precision, recall, IoU: – (no pixel ground truth)</source>
        <translation>Pixel-Präzision, Recall, IoU: – (keine Pixel-Referenz)</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <source>Outline the tiles the model scored this image in (white)</source>
        <translation>Die Kacheln umranden, in denen das Modell dieses Bild bewertet hat (weiß)</translation>
    </message>
</context>
<context>
    <name>JobContext</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>DefectScope</source>
        <translation>DefectScope</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Heatmap-Deckkraft</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>Image, heatmap and evaluation map side by side, zoomed and panned together</source>
        <translation>Bild, Heatmap und Auswertungskarte nebeneinander, gemeinsam gezoomt und verschoben</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Gestapelte Balken</translation>
    </message>
    <message>
        <source>Stack the groups&apos; bars instead of overlaying them</source>
        <translation>Balken der Gruppen stapeln statt überlagern</translation>
    </message>
    <message>
        <source>Score histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation>Präzision–Trefferquote</translation>
    </message>
    <message>
        <source>PRO</source>
        <translation>PRO</translation>
    </message>
    <message>
        <source>Per defect type</source>
        <translation>Pro Defekttyp</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;dataset folder…</source>
        <translation>&amp;Datensatzordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Open de&amp;mo dataset</source>
        <translation>De&amp;mo-Datensatz öffnen</translation>
    </message>
    <message>
        <source>Score a &amp;production folder…</source>
        <translation>&amp;Produktionsordner bewerten…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Be&amp;richt exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation>&amp;Trainieren…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Add model file…</source>
        <translation>Modelldatei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Score dataset</source>
        <translation>Datensatz &amp;bewerten</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>&amp;Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Compute &amp;device</source>
        <translation>Rechen&amp;gerät</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, falls verfügbar)</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>Compute &amp;threads…</source>
        <translation>Rechen&amp;threads…</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>Rechenthreads</translation>
    </message>
    <message>
        <source>Threads for training and scoring (0 = one per core); takes effect at the next start:</source>
        <translation>Threads für Training und Bewertung (0 = einer pro Kern); wirksam ab dem nächsten Start:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DefectScope</source>
        <translation>&amp;Über DefectScope</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — %2 training, %3 good and %4 defective test images, %5 unlabelled; %6 problem files</source>
        <translation>%1 — %2 Trainings-, %3 gute und %4 defekte Testbilder, %5 ohne Label; %6 Problemdateien</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>x %1, y %2 — score %3</source>
        <translation>x %1, y %2 — Anomaliewert %3</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>ROC point</source>
        <translation>ROC-Punkt</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>%1%2 — DefectScope</source>
        <translation>%1%2 — DefectScope</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>DefectScope projects (%1)</source>
        <translation>DefectScope-Projekte (%1)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Unsaved project</source>
        <translation>Nicht gespeichertes Projekt</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Das Projekt enthält nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Train a model or add a model file first (Model menu).</source>
        <translation>Trainieren Sie zuerst ein Modell oder fügen Sie eine Modelldatei hinzu (Menü „Modell“).</translation>
    </message>
    <message>
        <source>Folder of images to score</source>
        <translation>Ordner mit zu bewertenden Bildern</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <source>Open a dataset folder first: the model trains on its defect-free training images.</source>
        <translation>Öffnen Sie zuerst einen Datensatzordner: Das Modell wird mit dessen defektfreien Trainingsbildern trainiert.</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Another job is running; cancel it or wait for it to finish.</source>
        <translation>Ein anderer Auftrag läuft; brechen Sie ihn ab oder warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <source>DefectScope models (*.dsm)</source>
        <translation>DefectScope-Modelle (*.dsm)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Score the dataset with a model first.</source>
        <translation>Bewerten Sie zuerst den Datensatz mit einem Modell.</translation>
    </message>
    <message>
        <source>Export results into folder</source>
        <translation>Ergebnisse in Ordner exportieren</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Keine Daten für einen Bericht</translation>
    </message>
    <message>
        <source>About DefectScope</source>
        <translation>Über DefectScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DefectScope %1&lt;/h3&gt;&lt;p&gt;Unsupervised visual defect inspection: train on defect-free images, see what the model flags, tune thresholds and export reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DefectScope %1&lt;/h3&gt;&lt;p&gt;Unüberwachte visuelle Defektprüfung: Training mit defektfreien Bildern, Prüfung der vom Modell markierten Stellen, Anpassung der Schwellenwerte und Export von Berichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>The labelled set the models are evaluated on, or a production folder scored with the active model</source>
        <translation>Der gelabelte Satz, auf dem die Modelle ausgewertet werden, oder ein mit dem aktiven Modell bewerteter Produktionsordner</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Bildsatz</translation>
    </message>
    <message>
        <source> — no test good images of its own: training holds some good images out as unseen test images</source>
        <translation> — keine eigenen guten Testbilder: Das Training hält einige Gutbilder als ungesehene Testbilder zurück</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keiner geöffnet</translation>
    </message>
    <message>
        <source>Labelled set: %1</source>
        <translation>Gelabelter Satz: %1</translation>
    </message>
    <message>
        <source>Last scored with %1: %2 images, %3 OK, %4 REVIEW, %5 NOK</source>
        <translation>Zuletzt mit %1 bewertet: %2 Bilder, %3 OK, %4 REVIEW, %5 NOK</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>Produktion: %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>There is no model to score with: train one (Model ▸ Train…) or add a model file (Model ▸ Add model file…).</source>
        <translation>Es gibt kein Modell zum Bewerten: Trainieren Sie eines (Modell ▸ Trainieren…) oder fügen Sie eine Modelldatei hinzu (Modell ▸ Modelldatei hinzufügen…).</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Keine Bilder</translation>
    </message>
    <message>
        <source>Open a dataset folder or a production folder first.</source>
        <translation>Öffnen Sie zuerst einen Datensatzordner oder einen Produktionsordner.</translation>
    </message>
    <message>
        <source>Scoring starts when the running job ends.</source>
        <translation>Die Bewertung beginnt, sobald der laufende Auftrag endet.</translation>
    </message>
    <message>
        <source>Open a folder of images (File ▸ Open dataset folder…, or drop one onto the window), or try the demo dataset (File ▸ Open demo dataset).</source>
        <translation>Öffnen Sie einen Bildordner (Datei ▸ Datensatzordner öffnen… oder einen Ordner auf das Fenster ziehen) oder probieren Sie den Demo-Datensatz (Datei ▸ Demo-Datensatz öffnen).</translation>
    </message>
    <message>
        <source>No model yet. Train one on this folder&apos;s good images (Model ▸ Train…, Ctrl+T), or add a model file (Model ▸ Add model file…). Its scores, heatmaps and metrics then appear here.</source>
        <translation>Noch kein Modell. Trainieren Sie eines mit den guten Bildern dieses Ordners (Modell ▸ Trainieren…, Strg+T) oder fügen Sie eine Modelldatei hinzu (Modell ▸ Modelldatei hinzufügen…). Dann erscheinen hier Scores, Heatmaps und Kennzahlen.</translation>
    </message>
    <message>
        <source>Select an image on the left to inspect it.</source>
        <translation>Wählen Sie links ein Bild aus, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Ground-truth mask</source>
        <translation>Ground-Truth-Maske</translation>
    </message>
    <message>
        <source>Select the image to paint a mask for.</source>
        <translation>Das Bild wählen, für das eine Maske gemalt werden soll.</translation>
    </message>
    <message>
        <source>Inspection region</source>
        <translation>Prüfbereich</translation>
    </message>
    <message>
        <source>Select an image scored by the active model: the region is drawn over the model&apos;s input.</source>
        <translation>Ein vom aktiven Modell bewertetes Bild wählen: der Bereich wird über der Modelleingabe gezeichnet.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Score the images first: the review goes through what the model flagged.</source>
        <translation>Zuerst die Bilder bewerten: die Prüfung geht durch, was das Modell markiert hat.</translation>
    </message>
    <message>
        <source>&amp;Review flagged images…</source>
        <translation>Markierte Bilder &amp;prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Paint ground-truth &amp;mask…</source>
        <translation>Ground-Truth-&amp;Maske malen…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Inspection region…</source>
        <translation>Prüf&amp;bereich…</translation>
    </message>
    <message>
        <source>Teach as good</source>
        <translation>Als gut beibringen</translation>
    </message>
    <message>
        <source>Select an image scored by the active model.</source>
        <translation>Ein vom aktiven Modell bewertetes Bild wählen.</translation>
    </message>
    <message>
        <source>Teach selected image as &amp;good</source>
        <translation>Gewähltes Bild als &amp;gut beibringen</translation>
    </message>
</context>
<context>
    <name>MapSpill</name>
    <message>
        <source>%1: cannot write temporary maps (%2)</source>
        <translation>%1: temporäre Karten können nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read temporary maps back (%2)</source>
        <translation>%1: temporäre Karten können nicht zurückgelesen werden (%2)</translation>
    </message>
    <message>
        <source>cannot create a temporary file for the maps in %1 (%2)</source>
        <translation>in %1 kann keine temporäre Datei für die Karten angelegt werden (%2)</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>die Datei endet vorzeitig</translation>
    </message>
</context>
<context>
    <name>MaskEditorDialog</name>
    <message>
        <source>Inspection region</source>
        <translation>Prüfbereich</translation>
    </message>
    <message>
        <source>Ground-truth mask</source>
        <translation>Ground-Truth-Maske</translation>
    </message>
    <message>
        <source>Green is inspected. Remove what must never raise a verdict — serial numbers, fixtures, background. The region is drawn over the model&apos;s input and saved with a new version of the model.</source>
        <translation>Grün wird geprüft. Entfernen, was nie ein Urteil auslösen darf — Seriennummern, Vorrichtungen, Hintergrund. Der Bereich wird über der Modelleingabe gezeichnet und mit einer neuen Modellversion gespeichert.</translation>
    </message>
    <message>
        <source>Paint the defect&apos;s pixels green. The mask is saved in the project&apos;s masks folder as an MVTec-style &lt;name&gt;_mask.png and used at once by the pixel metrics and the evaluation map.</source>
        <translation>Die Pixel des Defekts grün malen. Die Maske wird im Maskenordner des Projekts als &lt;name&gt;_mask.png im MVTec-Stil gespeichert und sofort von den Pixelmetriken und der Auswertungskarte verwendet.</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation>&amp;Polygon</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Brush radius:</source>
        <translation>Pinselradius:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Inspect all</source>
        <translation>Alles prüfen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Inspect nothing</source>
        <translation>Nichts prüfen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Save as a new model version</source>
        <translation>Als neue Modellversion speichern</translation>
    </message>
    <message>
        <source>Save mask</source>
        <translation>Maske speichern</translation>
    </message>
    <message>
        <source>%1 % of the image inspected</source>
        <translation>%1 % des Bildes geprüft</translation>
    </message>
    <message>
        <source>%1 % of the image marked as defect</source>
        <translation>%1 % des Bildes als Defekt markiert</translation>
    </message>
</context>
<context>
    <name>MeanDiff</name>
    <message>
        <source>Mean difference (baseline)</source>
        <translation>Mittelwertdifferenz (Baseline)</translation>
    </message>
    <message>
        <source>Per-pixel z-score against the mean training image; a sanity baseline.</source>
        <translation>Pixelweiser z-Score gegenüber dem mittleren Trainingsbild; eine Baseline zur Plausibilitätsprüfung.</translation>
    </message>
    <message>
        <source>Gaussian smoothing of the anomaly map, in pixels (0 = none)</source>
        <translation>Gauß-Glättung der Anomaliekarte, in Pixel (0 = keine)</translation>
    </message>
    <message>
        <source>Added to the per-pixel standard deviation (intensity units 0–1)</source>
        <translation>Wird zur pixelweisen Standardabweichung addiert (Intensitätseinheiten 0–1)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>no training image could be loaded</source>
        <translation>kein Trainingsbild konnte geladen werden</translation>
    </message>
    <message>
        <source>images are %1×%2 but the model was trained at %3×%4</source>
        <translation>Bilder sind %1×%2, das Modell wurde aber mit %3×%4 trainiert</translation>
    </message>
    <message>
        <source>%1: the mean and deviation images are not 3×H×W of one size (damaged model)</source>
        <translation>%1: Mittelwert- und Abweichungsbild sind nicht 3×H×W derselben Größe (beschädigtes Modell)</translation>
    </message>
    <message>
        <source>the model was saved before models kept what an update needs; train it again</source>
        <translation>das Modell wurde gespeichert, bevor Modelle das für eine Aktualisierung Nötige behielten; bitte neu trainieren</translation>
    </message>
    <message>
        <source>%1: the kept sums do not match the model (damaged model)</source>
        <translation>%1: die gespeicherten Summen passen nicht zum Modell (beschädigtes Modell)</translation>
    </message>
</context>
<context>
    <name>MethodRegistry</name>
    <message>
        <source>unknown method &quot;%1&quot; (available: %2)</source>
        <translation>unbekannte Methode „%1“ (verfügbar: %2)</translation>
    </message>
    <message>
        <source>a %1 model cannot be updated with further images; train it again</source>
        <translation>ein %1-Modell kann nicht mit weiteren Bildern aktualisiert werden; bitte neu trainieren</translation>
    </message>
</context>
<context>
    <name>MethodSettings</name>
    <message>
        <source>unknown setting &quot;%1&quot; (this method has: %2)</source>
        <translation>unbekannte Einstellung „%1“ (diese Methode hat: %2)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>setting %1=%2 is not valid: expected %3</source>
        <translation>Einstellung %1=%2 ist ungültig: erwartet wird %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form key=value</source>
        <translation>„%1“ hat nicht die Form key=value</translation>
    </message>
    <message>
        <source>setting %1 = %2 is outside %3…%4</source>
        <translation>Einstellung %1 = %2 liegt außerhalb von %3…%4</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>eine endliche Zahl</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>anomaly map and mask differ in size</source>
        <translation>Anomaliekarte und Maske unterscheiden sich in der Größe</translation>
    </message>
    <message>
        <source>too many ground-truth regions</source>
        <translation>zu viele Ground-Truth-Bereiche</translation>
    </message>
    <message>
        <source>anomaly map contains NaN</source>
        <translation>Anomaliekarte enthält NaN</translation>
    </message>
    <message>
        <source>%1 scores but %2 labels</source>
        <translation>%1 Anomaliewerte, aber %2 Labels</translation>
    </message>
    <message>
        <source>scores contain NaN</source>
        <translation>Anomaliewerte enthalten NaN</translation>
    </message>
    <message>
        <source>anomaly map and inspection region differ in size</source>
        <translation>Anomaliekarte und Prüfbereich sind verschieden groß</translation>
    </message>
</context>
<context>
    <name>ModelArchive</name>
    <message>
        <source>%1: unknown tensor type %2 (damaged file or newer version)</source>
        <translation>%1: unbekannter Tensortyp %2 (beschädigte Datei oder neuere Version)</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a type the model file cannot store</source>
        <translation>Tensor „%1“ hat einen Typ, den die Modelldatei nicht speichern kann</translation>
    </message>
    <message>
        <source>%1: the model lacks &quot;%2&quot; (damaged or incompatible model)</source>
        <translation>%1: im Modell fehlt „%2“ (beschädigtes oder inkompatibles Modell)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has the wrong size (damaged model)</source>
        <translation>%1: Tensor „%2“ hat die falsche Größe (beschädigtes Modell)</translation>
    </message>
    <message>
        <source>%1: cannot write the model (%2)</source>
        <translation>%1: Modell kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the model (%2)</source>
        <translation>%1: Modell kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid DefectScope model (%2)</source>
        <translation>%1: kein gültiges DefectScope-Modell (%2)</translation>
    </message>
    <message>
        <source>unknown file format</source>
        <translation>unbekanntes Dateiformat</translation>
    </message>
    <message>
        <source>checksum mismatch: the file is damaged or truncated</source>
        <translation>Prüfsumme stimmt nicht überein: Die Datei ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program supports</source>
        <translation>Formatversion %1 ist neuer als von diesem Programm unterstützt</translation>
    </message>
    <message>
        <source>bad header</source>
        <translation>ungültiger Dateikopf</translation>
    </message>
    <message>
        <source>bad tensor name</source>
        <translation>ungültiger Tensorname</translation>
    </message>
    <message>
        <source>bad tensor rank</source>
        <translation>ungültiger Tensorrang</translation>
    </message>
    <message>
        <source>bad tensor size</source>
        <translation>ungültige Tensorgröße</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>unerwartetes Datenende</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an impossible shape</source>
        <translation>Tensor „%1“ hat eine unmögliche Form</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a shape of %2 bytes but holds %3</source>
        <translation>Tensor „%1“ hat eine Form von %2 Bytes, enthält aber %3</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>%1: %2 is missing (damaged model)</source>
        <translation>%1: %2 fehlt (beschädigtes Modell)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a number (damaged model)</source>
        <translation>%1: %2 ist keine Zahl (beschädigtes Modell)</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a finite number</source>
        <translation>%1: %2 ist %3, keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1: %2 %3 is out of range (%4…%5)</source>
        <translation>%1: %2 %3 liegt außerhalb des Bereichs (%4…%5)</translation>
    </message>
    <message>
        <source>%1: %2 %3 is out of range (at least %4)</source>
        <translation>%1: %2 %3 liegt außerhalb des Bereichs (mindestens %4)</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is unknown (%4 or %5)</source>
        <translation>%1: %2 „%3“ ist unbekannt (%4 oder %5)</translation>
    </message>
    <message>
        <source>%1: %2 %3×%4 is larger than the input %5×%6</source>
        <translation>%1: %2 %3×%4 ist größer als die Eingabe %5×%6</translation>
    </message>
    <message>
        <source>%1: %2 %3 has no path or no SHA-256 (damaged model)</source>
        <translation>%1: %2 %3 hat keinen Pfad oder keinen SHA-256 (beschädigtes Modell)</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 scores for %4 images (damaged model)</source>
        <translation>%1: %2 enthält %3 Scores für %4 Bilder (beschädigtes Modell)</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not a whole number</source>
        <translation>%1: %2 %3 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>input tiling and crop cannot both be set (damaged model)</source>
        <translation>input tiling und crop können nicht beide gesetzt sein (beschädigtes Modell)</translation>
    </message>
</context>
<context>
    <name>ModelInput</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>native resolution</source>
        <translation>nativer Auflösung</translation>
    </message>
    <message>
        <source>%1× resolution</source>
        <translation>%1-facher Auflösung</translation>
    </message>
    <message>
        <source>%1 × %2 tiles at %3, overlap %4</source>
        <translation>%1 × %2-Kacheln in %3, Überlappung %4</translation>
    </message>
    <message>
        <source>%1×%2 tiles</source>
        <translation>%1×%2-Kacheln</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>Bild-AUROC</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>Pixel-AUROC</translation>
    </message>
    <message>
        <source>AUPRO</source>
        <translation>AUPRO</translation>
    </message>
    <message>
        <source>F1 max</source>
        <translation>Max. F1</translation>
    </message>
    <message>
        <source>Fit (s)</source>
        <translation>Training (s)</translation>
    </message>
    <message>
        <source>ms / image</source>
        <translation>ms / Bild</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <source>Use selected model</source>
        <translation>Ausgewähltes Modell verwenden</translation>
    </message>
    <message>
        <source>Make the selected model the active one and score the dataset with it</source>
        <translation>Ausgewähltes Modell aktivieren und den Datensatz damit bewerten</translation>
    </message>
    <message>
        <source>Metrics on the labelled set: %1 good images (%2 held out of training) and %3 defective ones.</source>
        <translation>Metriken auf dem gelabelten Satz: %1 Gutbilder (%2 vom Training zurückgehalten) und %3 defekte.</translation>
    </message>
    <message numerus="yes">
        <source>%n training image(s) left out.</source>
        <translation>
            <numerusform>%n Trainingsbild ausgelassen.</numerusform>
            <numerusform>%n Trainingsbilder ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reliable: fewer than %1 good or defective images.</source>
        <translation>Nicht belastbar: weniger als %1 gute oder defekte Bilder.</translation>
    </message>
    <message>
        <source>Unseen good / defective</source>
        <translation>Ungesehen gut / defekt</translation>
    </message>
    <message>
        <source>The labelled images the metrics rest on; none of them was trained on</source>
        <translation>Die gelabelten Bilder, auf denen die Metriken beruhen; mit keinem davon wurde trainiert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>trainiert</translation>
    </message>
    <message numerus="yes">
        <source>v%1: %n image(s) added</source>
        <translation>
            <numerusform>v%1: %n Bild hinzugefügt</numerusform>
            <numerusform>v%1: %n Bilder hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained from scratch; not updated since</source>
        <translation>Von Grund auf trainiert; seither nicht aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) added (%2) to the model %3…</source>
        <translation>
            <numerusform>%1: %n Bild hinzugefügt (%2) zum Modell %3…</numerusform>
            <numerusform>%1: %n Bilder hinzugefügt (%2) zum Modell %3…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleState</name>
    <message>
        <source>%1: tensor &quot;%2&quot; is missing (saved with other settings, or damaged)</source>
        <translation>%1: Tensor „%2“ fehlt (mit anderen Einstellungen gespeichert oder beschädigt)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has another shape than this model&apos;s (saved with other settings?)</source>
        <translation>%1: Tensor „%2“ hat eine andere Form als in diesem Modell (mit anderen Einstellungen gespeichert?)</translation>
    </message>
    <message>
        <source>%1: the optimizer state is missing</source>
        <translation>%1: der Optimiererzustand fehlt</translation>
    </message>
</context>
<context>
    <name>PatchCore</name>
    <message>
        <source>unknown search &quot;%1&quot; (exact, flat, matmul or ivf)</source>
        <translation>unbekannte Suche „%1“ (exact, flat, matmul oder ivf)</translation>
    </message>
    <message>
        <source>PatchCore</source>
        <translation>PatchCore</translation>
    </message>
    <message>
        <source>Nearest-neighbour distance of locally aware patch features to a coreset memory bank (Roth et al. 2022).</source>
        <translation>Nächster-Nachbar-Abstand lokal aggregierter Patch-Merkmale zu einer Coreset-Speicherbank (Roth et al. 2022).</translation>
    </message>
    <message>
        <source>backbone stages to use, 0-based (default: 1,2 — layer2 and layer3)</source>
        <translation>zu verwendende Backbone-Stufen, ab 0 gezählt (Standard: 1,2 — layer2 und layer3)</translation>
    </message>
    <message>
        <source>neighbourhood p×p aggregated into each patch feature</source>
        <translation>p×p-Nachbarschaft, die in jedes Patch-Merkmal aggregiert wird</translation>
    </message>
    <message>
        <source>dimension each stage&apos;s patch is pooled to (aggregation=pool)</source>
        <translation>Dimension, auf die der Patch jeder Stufe gepoolt wird (aggregation=pool)</translation>
    </message>
    <message>
        <source>final patch-feature dimension (aggregation=pool)</source>
        <translation>endgültige Dimension der Patch-Merkmale (aggregation=pool)</translation>
    </message>
    <message>
        <source>pool: authors&apos; adaptive pooling; concat: average-pool and concatenate the stages</source>
        <translation>pool: adaptives Pooling der Autoren; concat: Stufen per Average-Pooling verkleinern und verketten</translation>
    </message>
    <message>
        <source>fraction of training patches kept in the memory bank</source>
        <translation>Anteil der Trainings-Patches, der in der Speicherbank behalten wird</translation>
    </message>
    <message>
        <source>random projection dimension for coreset distances (0 = none)</source>
        <translation>Dimension der Zufallsprojektion für Coreset-Abstände (0 = keine)</translation>
    </message>
    <message>
        <source>random starting points of the approximate greedy coreset</source>
        <translation>zufällige Startpunkte des approximativen Greedy-Coresets</translation>
    </message>
    <message>
        <source>image score re-weighting of eq. (7); false = plain maximum</source>
        <translation>Neugewichtung des Bildwerts nach Gl. (7); false = einfaches Maximum</translation>
    </message>
    <message>
        <source>b, the memory-bank neighbourhood of eq. (7)</source>
        <translation>b, die Speicherbank-Nachbarschaft aus Gl. (7)</translation>
    </message>
    <message>
        <source>nearest-neighbour search: exact (pruned by a principal-component bound on CPU, matrix products on GPU), flat (FAISS brute force), matmul or ivf (approximate)</source>
        <translation>Nächste-Nachbarn-Suche: exact (auf der CPU per Hauptkomponenten-Schranke beschnitten, auf der GPU Matrixprodukte), flat (FAISS-Brute-Force), matmul oder ivf (approximativ)</translation>
    </message>
    <message>
        <source>Gaussian smoothing of the anomaly map, in pixels</source>
        <translation>Gauß-Glättung der Anomaliekarte, in Pixel</translation>
    </message>
    <message>
        <source>patch_size must be an odd number ≥ 1, not %1</source>
        <translation>patch_size muss eine ungerade Zahl ≥ 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>Extracting features</source>
        <translation>Merkmale werden extrahiert</translation>
    </message>
    <message>
        <source>no training image could be loaded</source>
        <translation>kein Trainingsbild konnte geladen werden</translation>
    </message>
    <message>
        <source>Selecting coreset</source>
        <translation>Coreset wird ausgewählt</translation>
    </message>
    <message>
        <source>coverage radius</source>
        <translation>Abdeckungsradius</translation>
    </message>
    <message>
        <source>memory bank: %1 of %2 patches (%3 MB)</source>
        <translation>Speicherbank: %1 von %2 Patches (%3 MB)</translation>
    </message>
    <message>
        <source>the model has no memory bank</source>
        <translation>das Modell hat keine Speicherbank</translation>
    </message>
    <message>
        <source>%1: the backbone&apos;s weights differ from those the model was trained with (%2 instead of %3)</source>
        <translation>%1: Die Gewichte des Backbones weichen von denen ab, mit denen das Modell trainiert wurde (%2 statt %3)</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1 (%2)</source>
        <translation>in %1 kann keine temporäre Datei angelegt werden (%2)</translation>
    </message>
    <message>
        <source>cannot write training features to %1 (%2): is the disk full?</source>
        <translation>Trainingsmerkmale können nicht nach %1 geschrieben werden (%2): Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>cannot write training features to %1</source>
        <translation>Trainingsmerkmale können nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read training features back from %1</source>
        <translation>Trainingsmerkmale können nicht aus %1 zurückgelesen werden</translation>
    </message>
    <message>
        <source>the memory bank holds %1 features per patch but the backbone gives %2 (a damaged model, or one trained with another backbone)</source>
        <translation>die Speicherbank enthält %1 Merkmale pro Patch, das Backbone liefert aber %2 (ein beschädigtes Modell oder eines, das mit einem anderen Backbone trainiert wurde)</translation>
    </message>
    <message>
        <source>memory bank: %1 of %2 new patches added, %3 in all (%4 MB)</source>
        <translation>Memory Bank: %1 von %2 neuen Patches hinzugefügt, %3 insgesamt (%4 MB)</translation>
    </message>
</context>
<context>
    <name>PngFile</name>
    <message>
        <source>%1: cannot write the image (%2)</source>
        <translation>%1: das Bild kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG-Kodierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PrPlot</name>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Threshold %1
Recall %2
Precision %3
F1 %4</source>
        <translation>Schwellenwert %1
Trefferquote %2
Präzision %3
F1 %4</translation>
    </message>
    <message>
        <source>F1 max %1 at %2</source>
        <translation>Max. F1 %1 bei %2</translation>
    </message>
</context>
<context>
    <name>ProPlot</name>
    <message>
        <source>False positive rate (pixels)</source>
        <translation>Falsch-Positiv-Rate (Pixel)</translation>
    </message>
    <message>
        <source>Per-region overlap</source>
        <translation>Überlappung pro Bereich</translation>
    </message>
    <message>
        <source>FPR %1
PRO %2</source>
        <translation>FPR %1
PRO %2</translation>
    </message>
    <message>
        <source>AUPRO (FPR ≤ %1) %2</source>
        <translation>AUPRO (FPR ≤ %1) %2</translation>
    </message>
    <message>
        <source>No per-region overlap: it needs scored defective test images
with ground-truth masks, and good pixels beside them.</source>
        <translation>Keine Überdeckung pro Region: Dazu braucht es bewertete fehlerhafte
Testbilder mit Referenzmasken und gute Pixel daneben.</translation>
    </message>
</context>
<context>
    <name>ProgressBar</name>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>%1: cannot save the project (%2)</source>
        <translation>%1: Projekt kann nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the project (%2)</source>
        <translation>%1: Projekt kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a DefectScope project (%2)</source>
        <translation>%1: kein DefectScope-Projekt (%2)</translation>
    </message>
    <message>
        <source>%1: not a DefectScope project</source>
        <translation>%1: kein DefectScope-Projekt</translation>
    </message>
    <message>
        <source>%1: written by a newer DefectScope (project version %2)</source>
        <translation>%1: mit einer neueren DefectScope-Version geschrieben (Projektversion %2)</translation>
    </message>
    <message>
        <source>%1 (the header of model %2)</source>
        <translation>%1 (der Header von Modell %2)</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket)</source>
        <translation>keine reguläre Datei (Pipe, Gerät oder Socket)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>unknown findings choice &quot;%1&quot; (all, flagged or errors)</source>
        <translation>unbekannte Befundauswahl „%1“ (all, flagged oder errors)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1: cannot write the report (%2)</source>
        <translation>%1: Bericht kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Inspection report — %1</source>
        <translation>Prüfbericht — %1</translation>
    </message>
    <message>
        <source>DefectScope %1</source>
        <translation>DefectScope %1</translation>
    </message>
    <message>
        <source>DefectScope inspection report — %1</source>
        <translation>DefectScope-Prüfbericht — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Labelled test images</source>
        <translation>Gelabelte Testbilder</translation>
    </message>
    <message>
        <source>%1 good, %2 defective (%3)</source>
        <translation>%1 gut, %2 defekt (%3)</translation>
    </message>
    <message>
        <source>Unlabelled images</source>
        <translation>Bilder ohne Label</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>OK below %1, NOK at or above %2, REVIEW between</source>
        <translation>OK unter %1, NOK ab %2, dazwischen REVIEW</translation>
    </message>
    <message>
        <source>NOK at or above %1</source>
        <translation>NOK ab %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>defect pixels at or above %1</source>
        <translation>Defektpixel ab %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>The images carry no labels, so no error rates or ranking metrics can be given.</source>
        <translation>Die Bilder haben keine Labels, daher können keine Fehlerraten oder Ranking-Metriken angegeben werden.</translation>
    </message>
    <message>
        <source>Decisions on the labelled test images</source>
        <translation>Entscheidungen auf den gelabelten Testbildern</translation>
    </message>
    <message>
        <source>Truth \ decision</source>
        <translation>Ground Truth \ Entscheidung</translation>
    </message>
    <message>
        <source>Flagged (NOK or REVIEW)</source>
        <translation>Markiert (NOK oder REVIEW)</translation>
    </message>
    <message>
        <source>Passed (OK)</source>
        <translation>Bestanden (OK)</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>%1 of the flagged images are in REVIEW.</source>
        <translation>%1 der markierten Bilder sind in REVIEW.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation>Fehlerschlupf</translation>
    </message>
    <message>
        <source>False-alarm rate</source>
        <translation>Fehlalarmrate</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>Bild-AUROC</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>Pixel-AUROC</translation>
    </message>
    <message>
        <source>AUPRO (FPR ≤ 0.3)</source>
        <translation>AUPRO (FPR ≤ 0.3)</translation>
    </message>
    <message>
        <source>Best image F1</source>
        <translation>Bester Bild-F1</translation>
    </message>
    <message>
        <source>%1 at threshold %2</source>
        <translation>%1 bei Schwellenwert %2</translation>
    </message>
    <message>
        <source>Per defect type</source>
        <translation>Pro Defekttyp</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>Defekttyp</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Image AUROC (against all good)</source>
        <translation>Bild-AUROC (gegen alle guten)</translation>
    </message>
    <message>
        <source>Curves and score distribution</source>
        <translation>Kurven und Verteilung der Anomaliewerte</translation>
    </message>
    <message>
        <source>ROC: image (blue) and pixel (orange); dots mark the thresholds in force</source>
        <translation>ROC: Bild (blau) und Pixel (orange); Punkte markieren die geltenden Schwellenwerte</translation>
    </message>
    <message>
        <source>Precision–recall of the image decision; F1-max marked</source>
        <translation>Präzision–Trefferquote der Bildentscheidung; F1-max markiert</translation>
    </message>
    <message>
        <source>Per-region overlap up to a false-positive rate of 0.3</source>
        <translation>Überlappung pro Bereich bis zu einer Falsch-Positiv-Rate von 0.3</translation>
    </message>
    <message>
        <source>Anomaly scores of good and defective images, with the thresholds</source>
        <translation>Anomaliewerte guter und defekter Bilder, mit den Schwellenwerten</translation>
    </message>
    <message>
        <source>Findings (%1 images)</source>
        <translation>Befunde (%1 Bilder)</translation>
    </message>
    <message>
        <source>Findings, continued</source>
        <translation>Befunde (Fortsetzung)</translation>
    </message>
    <message>
        <source>No image falls under the findings chosen for this report.</source>
        <translation>Kein Bild fällt unter die für diesen Bericht gewählten Befunde.</translation>
    </message>
    <message>
        <source>Left: the heatmap over the image, predicted regions outlined in yellow, ground truth in cyan. Right (with ground truth): true-positive pixels green, false positives blue, misses red.</source>
        <translation>Links: Heatmap über dem Bild, vorhergesagte Bereiche gelb umrandet, Ground Truth cyan. Rechts (mit Ground Truth): richtig positive Pixel grün, falsch positive blau, verpasste rot.</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>defective: %1</source>
        <translation>defekt: %1</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>Score %1
Label: %2</source>
        <translation>Anomaliewert %1
Label: %2</translation>
    </message>
    <message>
        <source>
Pixel precision %1, recall %2, IoU %3</source>
        <translation>
Pixel-Präzision %1, Trefferquote %2, IoU %3</translation>
    </message>
    <message>
        <source>Image threshold chosen by</source>
        <translation>Quelle des Bild-Schwellenwerts</translation>
    </message>
    <message>
        <source>Pixel threshold chosen by</source>
        <translation>Quelle des Pixel-Schwellenwerts</translation>
    </message>
    <message>
        <source>These figures rest on %1 good and %2 defective images the model never trained on (%3 of the good ones held out of training).</source>
        <translation>Diese Werte beruhen auf %1 guten und %2 defekten Bildern, mit denen das Modell nie trainiert wurde (%3 der guten vom Training zurückgehalten).</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s) identical to training images were left out.</source>
        <translation>
            <numerusform>%n mit einem Trainingsbild identisches Testbild wurde ausgelassen.</numerusform>
            <numerusform>%n mit Trainingsbildern identische Testbilder wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model does not record its training images, so copies of them cannot be left out.</source>
        <translation>Das Modell speichert seine Trainingsbilder nicht, daher können Kopien davon nicht ausgelassen werden.</translation>
    </message>
    <message>
        <source>Not reliable: fewer than %1 good or defective images.</source>
        <translation>Nicht belastbar: weniger als %1 gute oder defekte Bilder.</translation>
    </message>
    <message>
        <source>Images scored</source>
        <translation>Bewertete Bilder</translation>
    </message>
    <message>
        <source>Train split (not scored)</source>
        <translation>Trainingsteil (nicht bewertet)</translation>
    </message>
    <message>
        <source>fitted on %1 images in %2 s on %3, %4</source>
        <translation>angepasst an %1 Bilder in %2 s auf %3, %4</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Verteilung der Anomaliewerte</translation>
    </message>
    <message>
        <source>unnamed: %1</source>
        <translation>ohne Namen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) were confirmed in a review and override the folder&apos;s (%1).</source>
        <translation>
            <numerusform>%n Label wurde in einer Prüfung bestätigt und ersetzt das des Ordners (%1).</numerusform>
            <numerusform>%n Labels wurden in einer Prüfung bestätigt und ersetzen die des Ordners (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResNet</name>
    <message>
        <source>%1: cannot read the weight file (%2)</source>
        <translation>%1: Gewichtsdatei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>shape of %1 is %2 but the network needs %3</source>
        <translation>Form von %1 ist %2, das Netz benötigt aber %3</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <source>%1: not a %2 weight file: %3</source>
        <translation>%1: keine %2-Gewichtsdatei: %3</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <source>%1: cannot create the export folder</source>
        <translation>%1: Exportordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: Schreiben nicht möglich (%2)</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Nothing to review in this scope: choose another, or move the thresholds.</source>
        <translation>In dieser Auswahl gibt es nichts zu prüfen: eine andere wählen oder die Schwellwerte verschieben.</translation>
    </message>
    <message>
        <source>Review finished: %1 confirmed good, %2 confirmed defective, %3 skipped.</source>
        <translation>Prüfung beendet: %1 als gut bestätigt, %2 als defekt bestätigt, %3 übersprungen.</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message>
        <source>Review %1 of %2 — %3 — score %4 — label: %5</source>
        <translation>Prüfung %1 von %2 — %3 — Score %4 — Label: %5</translation>
    </message>
    <message numerus="yes">
        <source>Teach %n confirmed good image(s) as good</source>
        <translation>
            <numerusform>%n bestätigtes Gutbild beibringen</numerusform>
            <numerusform>%n bestätigte Gutbilder beibringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds them to a new version of the model, saved beside it, without training from scratch</source>
        <translation>Fügt sie einer neuen Modellversion hinzu, die daneben gespeichert wird, ohne Neutraining</translation>
    </message>
    <message>
        <source>This model&apos;s method cannot take further images: train it again</source>
        <translation>Die Methode dieses Modells kann keine weiteren Bilder aufnehmen: bitte neu trainieren</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>REVIEW band</source>
        <translation>REVIEW-Band</translation>
    </message>
    <message>
        <source>REVIEW and NOK</source>
        <translation>REVIEW und NOK</translation>
    </message>
    <message>
        <source>All scored images</source>
        <translation>Alle bewerteten Bilder</translation>
    </message>
    <message>
        <source>Defect type:</source>
        <translation>Defekttyp:</translation>
    </message>
    <message>
        <source>&amp;Good (G)</source>
        <translation>&amp;Gut (G)</translation>
    </message>
    <message>
        <source>&amp;Defective (D)</source>
        <translation>&amp;Defekt (D)</translation>
    </message>
    <message>
        <source>&amp;Skip (S)</source>
        <translation>Über&amp;springen (S)</translation>
    </message>
    <message>
        <source>Back (⌫)</source>
        <translation>Zurück (⌫)</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Prüfung schließen</translation>
    </message>
    <message>
        <source>Confirm the image as good</source>
        <translation>Das Bild als gut bestätigen</translation>
    </message>
    <message>
        <source>Confirm the image as defective, of the type beside</source>
        <translation>Das Bild als defekt bestätigen, vom Typ daneben</translation>
    </message>
    <message>
        <source>Teach confirmed good images as good</source>
        <translation>Bestätigte Gutbilder beibringen</translation>
    </message>
</context>
<context>
    <name>RocPlot</name>
    <message>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>%1
Threshold %2
FPR %3
TPR %4</source>
        <translation>%1
Schwellenwert %2
FPR %3
TPR %4</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Image AUROC %1</source>
        <translation>Bild-AUROC %1</translation>
    </message>
    <message>
        <source>Pixel AUROC %1</source>
        <translation>Pixel-AUROC %1</translation>
    </message>
    <message>
        <source>No ROC curve: it needs scored good and defective test images.</source>
        <translation>Keine ROC-Kurve: Dazu braucht es bewertete gute und fehlerhafte Testbilder.</translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Anomaly score</source>
        <translation>Anomaliewert</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Good (%1)</source>
        <translation>Gut (%1)</translation>
    </message>
    <message>
        <source>Defective (%1)</source>
        <translation>Defekt (%1)</translation>
    </message>
    <message>
        <source>Unlabelled (%1)</source>
        <translation>Ohne Label (%1)</translation>
    </message>
    <message>
        <source>NOK ≥ %1</source>
        <translation>NOK ≥ %1</translation>
    </message>
    <message>
        <source>REVIEW ≥ %1</source>
        <translation>REVIEW ≥ %1</translation>
    </message>
</context>
<context>
    <name>ScoreJob</name>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>--threshold</source>
        <translation>--threshold</translation>
    </message>
    <message>
        <source>%1: none of the %2 images could be loaded (%3)</source>
        <translation>%1: keines der %2 Bilder konnte geladen werden (%3)</translation>
    </message>
</context>
<context>
    <name>SemiOrthogonal</name>
    <message>
        <source>at least two training images are needed</source>
        <translation>mindestens zwei Trainingsbilder erforderlich</translation>
    </message>
    <message>
        <source>Semi-orthogonal embedding</source>
        <translation>Semi-orthogonale Einbettung</translation>
    </message>
    <message>
        <source>Per-location Gaussians of multi-scale features through a random semi-orthogonal projection; Mahalanobis distance (Kim et al.).</source>
        <translation>Gaußverteilungen je Position über Multiskalen-Merkmale nach zufälliger semi-orthogonaler Projektion; Mahalanobis-Distanz (Kim et al.).</translation>
    </message>
    <message>
        <source>backbone stages to concatenate, 0-based (default: 0,1,2)</source>
        <translation>zu verkettende Backbone-Stufen, ab 0 gezählt (Standard: 0,1,2)</translation>
    </message>
    <message>
        <source>embedding size (0 = 100 for ResNet-18 and TorchScript, 300 for WRN-50-2)</source>
        <translation>Einbettungsgröße (0 = 100 für ResNet-18 und TorchScript, 300 für WRN-50-2)</translation>
    </message>
    <message>
        <source>ε added to each covariance&apos;s diagonal</source>
        <translation>zur Diagonale jeder Kovarianzmatrix addiertes ε</translation>
    </message>
    <message>
        <source>semi_orthogonal (the paper), sampled (PaDiM&apos;s random channels), gaussian (not orthogonalised), full (no reduction)</source>
        <translation>semi_orthogonal (wie im Paper), sampled (zufällige Kanäle wie bei PaDiM), gaussian (nicht orthogonalisiert), full (keine Reduktion)</translation>
    </message>
    <message>
        <source>Gaussian smoothing of the anomaly map, in pixels</source>
        <translation>Gauß-Glättung der Anomaliekarte, in Pixel</translation>
    </message>
    <message>
        <source>seed of the random embedding (-1 = the run&apos;s --seed)</source>
        <translation>Seed der zufälligen Einbettung (-1 = --seed des Laufs)</translation>
    </message>
    <message>
        <source>k=%1 is larger than the %2 feature channels</source>
        <translation>k=%1 ist größer als die %2 Feature-Kanäle</translation>
    </message>
    <message>
        <source>Fitting Gaussians</source>
        <translation>Gaußverteilungen werden angepasst</translation>
    </message>
    <message>
        <source>%1: the backbone&apos;s weights differ from those the model was trained with</source>
        <translation>%1: Die Gewichte des Backbones weichen von denen ab, mit denen das Modell trainiert wurde</translation>
    </message>
    <message>
        <source>the model holds statistics for %1 locations of %2 features but the image gives %3 of %4 (a damaged model, or one trained with another backbone)</source>
        <translation>das Modell enthält Statistiken für %1 Positionen mit %2 Merkmalen, das Bild liefert aber %3 mit %4 (ein beschädigtes Modell oder eines, das mit einem anderen Backbone trainiert wurde)</translation>
    </message>
    <message>
        <source>the model was saved before models kept what an update needs; train it again</source>
        <translation>das Modell wurde gespeichert, bevor Modelle das für eine Aktualisierung Nötige behielten; bitte neu trainieren</translation>
    </message>
    <message>
        <source>%1: the sums kept for updates do not match the model (damaged model)</source>
        <translation>%1: die für Aktualisierungen gespeicherten Summen passen nicht zum Modell (beschädigtes Modell)</translation>
    </message>
</context>
<context>
    <name>StagedFolder</name>
    <message>
        <source>%1: the output folder must lie outside the input folder %2 (exports there would be read as images, or replace them)</source>
        <translation>%1: Der Ausgabeordner muss außerhalb des Eingabeordners %2 liegen (Exporte dort würden als Bilder gelesen oder würden sie ersetzen)</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: the folder holds &quot;%2&quot;, which an export did not write; choose an empty or new folder so nothing of yours is replaced</source>
        <translation>%1: Der Ordner enthält „%2“, das kein Export geschrieben hat; wählen Sie einen leeren oder neuen Ordner, damit nichts von Ihnen ersetzt wird</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1: Der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot replace the previous output</source>
        <translation>%1: Die vorherige Ausgabe kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>%1: cannot move the new output into place</source>
        <translation>%1: Die neue Ausgabe kann nicht an ihren Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>TestSelection</name>
    <message>
        <source>Checking for training images</source>
        <translation>Prüfung auf Trainingsbilder</translation>
    </message>
</context>
<context>
    <name>ThresholdPanel</name>
    <message>
        <source>Two thresholds: OK / REVIEW / NOK</source>
        <translation>Zwei Schwellenwerte: OK / REVIEW / NOK</translation>
    </message>
    <message>
        <source>NOK at or above</source>
        <translation>NOK ab</translation>
    </message>
    <message>
        <source>OK below</source>
        <translation>OK unter</translation>
    </message>
    <message>
        <source>Defect pixels at or above</source>
        <translation>Defektpixel ab</translation>
    </message>
    <message>
        <source>Images between the two thresholds get the verdict REVIEW and go to a person</source>
        <translation>Bilder zwischen den beiden Schwellenwerten erhalten das Urteil REVIEW und werden von einer Person geprüft</translation>
    </message>
    <message>
        <source>Image threshold</source>
        <translation>Bild-Schwellenwert</translation>
    </message>
    <message>
        <source>Max F1</source>
        <translation>Max. F1</translation>
    </message>
    <message>
        <source>The threshold with the best F1 on the labelled test images</source>
        <translation>Schwellenwert mit dem besten F1 auf den gelabelten Testbildern</translation>
    </message>
    <message>
        <source>Zero misses</source>
        <translation>Keine verpassten Defekte</translation>
    </message>
    <message>
        <source>The highest threshold that still flags every defective test image (sets &apos;OK below&apos; in two-threshold mode)</source>
        <translation>Höchster Schwellenwert, der noch jedes defekte Testbild erkennt (setzt im Modus mit zwei Schwellenwerten „OK unter“)</translation>
    </message>
    <message>
        <source>FPR ≤</source>
        <translation>FPR ≤</translation>
    </message>
    <message>
        <source>The lowest threshold whose false-alarm rate on the good test images is at most this value</source>
        <translation>Niedrigster Schwellenwert, dessen Fehlalarmrate auf den guten Testbildern höchstens diesen Wert hat</translation>
    </message>
    <message>
        <source>Pixel threshold</source>
        <translation>Pixel-Schwellenwert</translation>
    </message>
    <message>
        <source>The pixel threshold with the best pixel F1 over all masks</source>
        <translation>Pixel-Schwellenwert mit dem besten Pixel-F1 über alle Masken</translation>
    </message>
    <message>
        <source>The highest pixel threshold that flags every defect pixel</source>
        <translation>Höchster Pixel-Schwellenwert, der jedes Defektpixel erkennt</translation>
    </message>
    <message>
        <source>The lowest pixel threshold whose share of flagged defect-free pixels is at most this value</source>
        <translation>Niedrigster Pixel-Schwellenwert, bei dem der Anteil markierter defektfreier Pixel höchstens diesen Wert hat</translation>
    </message>
    <message>
        <source>Decisions on the labelled test images</source>
        <translation>Entscheidungen auf den gelabelten Testbildern</translation>
    </message>
    <message>
        <source>Defects flagged (TP)</source>
        <translation>Erkannte Defekte (TP)</translation>
    </message>
    <message>
        <source>Defects missed (FN)</source>
        <translation>Verpasste Defekte (FN)</translation>
    </message>
    <message>
        <source>False alarms (FP)</source>
        <translation>Fehlalarme (FP)</translation>
    </message>
    <message>
        <source>Good passed (TN)</source>
        <translation>Gute Bilder bestanden (TN)</translation>
    </message>
    <message>
        <source>In REVIEW</source>
        <translation>In REVIEW</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation>Fehlerschlupf</translation>
    </message>
    <message>
        <source>False-alarm rate</source>
        <translation>Fehlalarmrate</translation>
    </message>
    <message>
        <source>All scored: OK</source>
        <translation>Alle bewerteten: OK</translation>
    </message>
    <message>
        <source>All scored: REVIEW</source>
        <translation>Alle bewerteten: REVIEW</translation>
    </message>
    <message>
        <source>All scored: NOK</source>
        <translation>Alle bewerteten: NOK</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>max F1</source>
        <translation>max. F1</translation>
    </message>
    <message>
        <source>zero misses</source>
        <translation>keine verpassten Defekte</translation>
    </message>
    <message>
        <source>false-alarm rate ≤ %1</source>
        <translation>Fehlalarmrate ≤ %1</translation>
    </message>
    <message>
        <source>Pixel snapping needs test images with defect masks.</source>
        <translation>Die automatische Wahl des Pixel-Schwellenwerts erfordert Testbilder mit Defektmasken.</translation>
    </message>
    <message>
        <source>Best pixel F1 %1 at %2</source>
        <translation>Bester Pixel-F1 %1 bei %2</translation>
    </message>
    <message>
        <source>Chosen by: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>No labelled images in this set: no metrics.</source>
        <translation>Keine gelabelten Bilder in diesem Satz: keine Metriken.</translation>
    </message>
    <message>
        <source>Unseen images: %1 good (%2 held out of training), %3 defective.</source>
        <translation>Ungesehene Bilder: %1 gut (%2 vom Training zurückgehalten), %3 defekt.</translation>
    </message>
    <message numerus="yes">
        <source>%n training image(s) left out.</source>
        <translation>
            <numerusform>%n Trainingsbild ausgelassen.</numerusform>
            <numerusform>%n Trainingsbilder ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model does not record its training images.</source>
        <translation>Das Modell speichert seine Trainingsbilder nicht.</translation>
    </message>
    <message>
        <source>Not reliable: fewer than %1 good or defective images.</source>
        <translation>Nicht belastbar: weniger als %1 gute oder defekte Bilder.</translation>
    </message>
</context>
<context>
    <name>ThresholdPolicy</name>
    <message>
        <source>stored in the model</source>
        <translation>im Modell gespeichert</translation>
    </message>
    <message>
        <source>stored in the model (%1)</source>
        <translation>im Modell gespeichert (%1)</translation>
    </message>
    <message>
        <source>set by the user</source>
        <translation>vom Benutzer festgelegt</translation>
    </message>
    <message>
        <source>set by the user (%1)</source>
        <translation>vom Benutzer festgelegt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>max F1 on %n labelled image(s)</source>
        <translation>
            <numerusform>max. F1 auf %n gelabeltem Bild</numerusform>
            <numerusform>max. F1 auf %n gelabelten Bildern</numerusform>
        </translation>
    </message>
    <message>
        <source>none: no labels, no stored or held-out threshold (verdicts unknown)</source>
        <translation>keine: keine Labels, kein gespeicherter Schwellenwert, keine zurückgehaltenen Gutbilder (Urteile unbekannt)</translation>
    </message>
    <message>
        <source>max pixel F1 over the defect masks</source>
        <translation>max. Pixel-F1 über die Defektmasken</translation>
    </message>
    <message>
        <source>the image threshold (no masks, no stored or held-out pixel threshold)</source>
        <translation>der Bild-Schwellenwert (keine Masken, kein gespeicherter oder aus Gutbildern ermittelter Pixel-Schwellenwert)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>from %n held-out good image(s)</source>
        <translation>
            <numerusform>aus %n zurückgehaltenen Gutbild</numerusform>
            <numerusform>aus %n zurückgehaltenen Gutbildern</numerusform>
        </translation>
    </message>
    <message>
        <source>from the held-out good images&apos; map values</source>
        <translation>aus den Kartenwerten der zurückgehaltenen Gutbilder</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>%1 ✓ confirmed</source>
        <translation>%1 ✓ bestätigt</translation>
    </message>
</context>
<context>
    <name>Tiling</name>
    <message>
        <source>tile &quot;%1&quot; is not valid: give width×height (e.g. 256x256) or one side (e.g. 256), each between %2 and %3 pixels</source>
        <translation>Kachel „%1“ ist ungültig: Geben Sie Breite×Höhe (z. B. 256x256) oder eine Seite (z. B. 256) an, jeweils zwischen %2 und %3 Pixeln</translation>
    </message>
    <message>
        <source>tile overlap %1 is out of range: give a fraction of a tile from 0 to %2</source>
        <translation>Kachelüberlappung %1 liegt außerhalb des Bereichs: Geben Sie einen Anteil einer Kachel von 0 bis %2 an</translation>
    </message>
    <message>
        <source>tile scale %1 is out of range: give a factor from %2 to 1 (1: native resolution)</source>
        <translation>Kachelskalierung %1 liegt außerhalb des Bereichs: Geben Sie einen Faktor von %2 bis 1 an (1: native Auflösung)</translation>
    </message>
    <message>
        <source>%1 pixels are fewer than a tile&apos;s %2</source>
        <translation>%1 Pixel sind weniger als die %2 einer Kachel</translation>
    </message>
    <message>
        <source>the image (%1×%2 pixels as tiled) is smaller than a %3×%4 tile</source>
        <translation>das Bild (%1×%2 Pixel beim Kacheln) ist kleiner als eine %3×%4-Kachel</translation>
    </message>
    <message>
        <source>a tiled model takes no inspection region: its images keep their own sizes</source>
        <translation>ein gekacheltes Modell nimmt keinen Prüfbereich an: Seine Bilder behalten ihre eigene Größe</translation>
    </message>
</context>
<context>
    <name>TorchScriptExtractor</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a TorchScript module (%2)</source>
        <translation>%1: kein TorchScript-Modul (%2)</translation>
    </message>
    <message>
        <source>%1: cannot move the module to %2 (%3)</source>
        <translation>%1: Modul kann nicht nach %2 verschoben werden (%3)</translation>
    </message>
    <message>
        <source>%1: the module&apos;s forward returned an empty list; it must return a list of feature maps</source>
        <translation>%1: forward des Moduls lieferte eine leere Liste; es muss eine Liste von Feature-Maps liefern</translation>
    </message>
    <message>
        <source>%1: the module&apos;s forward failed on a %2 input (%3)</source>
        <translation>%1: forward des Moduls schlug bei Eingabe %2 fehl (%3)</translation>
    </message>
    <message>
        <source>the module&apos;s forward must return a list of feature maps ([N,C,H,W] tensors)</source>
        <translation>forward des Moduls muss eine Liste von Feature-Maps ([N,C,H,W]-Tensoren) liefern</translation>
    </message>
    <message>
        <source>%1: %2, but an element is a %3</source>
        <translation>%1: %2, aber ein Element hat den Typ %3</translation>
    </message>
    <message>
        <source>%1: %2, but it returns a single tensor %3 (a classifier?)</source>
        <translation>%1: %2, aber es liefert einen einzelnen Tensor %3 (ein Klassifikator?)</translation>
    </message>
    <message>
        <source>%1: %2, but it returns a %3</source>
        <translation>%1: %2, aber das Ergebnis hat den Typ %3</translation>
    </message>
    <message>
        <source>%1: %2, but one map is %3 for a %4 input</source>
        <translation>%1: %2, aber eine Map ist %3 bei Eingabe %4</translation>
    </message>
    <message>
        <source>%1: the module returned %2 feature maps, but %3 at load time</source>
        <translation>%1: Das Modul lieferte %2 Feature-Maps, beim Laden aber %3</translation>
    </message>
</context>
<context>
    <name>TorchWeightFile</name>
    <message>
        <source>pickle opcode 0x%1</source>
        <translation>Pickle-Opcode 0x%1</translation>
    </message>
    <message>
        <source>%1: the weight file is damaged (%2)</source>
        <translation>%1: Die Gewichtsdatei ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: unsupported content in the weight file (%2)</source>
        <translation>%1: nicht unterstützter Inhalt in der Gewichtsdatei (%2)</translation>
    </message>
    <message>
        <source>an integer wider than 64 bits</source>
        <translation>eine Ganzzahl breiter als 64 Bit</translation>
    </message>
    <message>
        <source>Python object %1; a state dict saved with torch.save(model.state_dict(), path) is needed</source>
        <translation>Python-Objekt %1; benötigt wird ein State-Dict, gespeichert mit torch.save(model.state_dict(), path)</translation>
    </message>
    <message>
        <source>call of %1</source>
        <translation>Aufruf von %1</translation>
    </message>
    <message>
        <source>a persistent id other than a tensor storage</source>
        <translation>eine persistente ID, die kein Tensor-Speicher ist</translation>
    </message>
    <message>
        <source>not a dict of tensors</source>
        <translation>kein Dict von Tensoren</translation>
    </message>
    <message>
        <source>a key that is not a string</source>
        <translation>ein Schlüssel, der kein String ist</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is not a tensor</source>
        <translation>Eintrag „%1“ ist kein Tensor</translation>
    </message>
    <message>
        <source>%1: cannot open the weight file (%2)</source>
        <translation>%1: Gewichtsdatei kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: the weight file is in PyTorch&apos;s legacy format; load it in Python and save it again with torch.save (PyTorch 1.6 or newer)</source>
        <translation>%1: Die Gewichtsdatei liegt im alten PyTorch-Format vor; laden Sie sie in Python und speichern Sie sie erneut mit torch.save (PyTorch 1.6 oder neuer)</translation>
    </message>
    <message>
        <source>%1: not a PyTorch weight file (not a zip archive)</source>
        <translation>%1: keine PyTorch-Gewichtsdatei (kein ZIP-Archiv)</translation>
    </message>
    <message>
        <source>%1: not a PyTorch weight file (no data.pkl)</source>
        <translation>%1: keine PyTorch-Gewichtsdatei (keine data.pkl)</translation>
    </message>
    <message>
        <source>%1: the weight file is truncated or damaged (%2)</source>
        <translation>%1: Die Gewichtsdatei ist abgeschnitten oder beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: the weight file&apos;s data.pkl is %2 MB; at most %3 MB are read</source>
        <translation>%1: data.pkl der Gewichtsdatei ist %2 MB groß; höchstens %3 MB werden gelesen</translation>
    </message>
    <message>
        <source>more than %1 pickled objects</source>
        <translation>mehr als %1 gepickelte Objekte</translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Modell trainieren</translation>
    </message>
    <message>
        <source>Method default</source>
        <translation>Standard der Methode</translation>
    </message>
    <message>
        <source>TorchScript file…</source>
        <translation>TorchScript-Datei…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>the published ImageNet weights from the cache</source>
        <translation>die veröffentlichten ImageNet-Gewichte aus dem Cache</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Download weights</source>
        <translation>Gewichte herunterladen</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>TorchScript module</source>
        <translation>TorchScript-Modul</translation>
    </message>
    <message>
        <source>Weight file</source>
        <translation>Gewichtsdatei</translation>
    </message>
    <message>
        <source>Pretrained backbone</source>
        <translation>Vortrainiertes Backbone</translation>
    </message>
    <message>
        <source>method default, e.g. 256 or 256x640</source>
        <translation>Standard der Methode, z. B. 256 oder 256x640</translation>
    </message>
    <message>
        <source>Images are resized to this size (one number: the shorter side, keeping the aspect ratio)</source>
        <translation>Bilder werden auf diese Größe skaliert (eine Zahl: kürzere Seite, Seitenverhältnis bleibt erhalten)</translation>
    </message>
    <message>
        <source>none, e.g. 224 or 224x600</source>
        <translation>keiner, z. B. 224 oder 224x600</translation>
    </message>
    <message>
        <source>Centre crop after resizing; the model sees and scores only this region</source>
        <translation>Mittiger Zuschnitt nach dem Skalieren; das Modell sieht und bewertet nur diesen Bereich</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (GPU)</source>
        <translation>CUDA (GPU)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Centre crop</source>
        <translation>Mittiger Zuschnitt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Method settings (hover for a description)</source>
        <translation>Einstellungen der Methode (Mauszeiger darüber zeigt eine Beschreibung)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>TorchScript backbone</source>
        <translation>TorchScript-Backbone</translation>
    </message>
    <message>
        <source>TorchScript modules (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript-Module (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backbone weight file</source>
        <translation>Backbone-Gewichtsdatei</translation>
    </message>
    <message>
        <source>PyTorch weight files (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch-Gewichtsdateien (*.pth *.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>DefectScope models (*.dsm)</source>
        <translation>DefectScope-Modelle (*.dsm)</translation>
    </message>
    <message>
        <source>about %1 s (the last %2 model: %3 s for %4 images)</source>
        <translation>etwa %1 s (letztes %2-Modell: %3 s für %4 Bilder)</translation>
    </message>
    <message>
        <source>; that model used another image size</source>
        <translation>; dieses Modell verwendete eine andere Bildgröße</translation>
    </message>
    <message>
        <source>shown after a first %1 model of this project (%2 training images)</source>
        <translation>wird nach einem ersten %1-Modell dieses Projekts angezeigt (%2 Trainingsbilder)</translation>
    </message>
    <message>
        <source>Using %1 from the weight cache.</source>
        <translation>%1 aus dem Gewichts-Cache wird verwendet.</translation>
    </message>
    <message>
        <source>%1 is not in the weight cache (%2): download it or choose the file.</source>
        <translation>%1 ist nicht im Gewichts-Cache (%2): Laden Sie die Datei herunter oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Preview training samples…</source>
        <translation>Vorschau der Trainingsbeispiele…</translation>
    </message>
    <message>
        <source>Continue the interrupted training run saved next to this model file</source>
        <translation>Unterbrochenes Training fortsetzen, das neben dieser Modelldatei gespeichert ist</translation>
    </message>
    <message>
        <source>Time a few training steps with the current settings</source>
        <translation>Einige Trainingsschritte mit den aktuellen Einstellungen messen</translation>
    </message>
    <message>
        <source>measuring a few training steps…</source>
        <translation>einige Trainingsschritte werden gemessen…</translation>
    </message>
    <message>
        <source>cannot estimate: %1</source>
        <translation>keine Schätzung möglich: %1</translation>
    </message>
    <message>
        <source>; %1 networks, one after the other</source>
        <translation>; %1 Netze nacheinander</translation>
    </message>
    <message>
        <source>about %1 s per epoch; %2 epochs ≈ %3 min</source>
        <translation>etwa %1 s pro Epoche; %2 Epochen ≈ %3 min</translation>
    </message>
    <message>
        <source>Measured on this computer with the current settings; early stopping may end training sooner.</source>
        <translation>Auf diesem Computer mit den aktuellen Einstellungen gemessen; Early Stopping kann das Training früher beenden.</translation>
    </message>
    <message>
        <source>Measured on this computer with the current settings.</source>
        <translation>Auf diesem Computer mit den aktuellen Einstellungen gemessen.</translation>
    </message>
    <message>
        <source>Fraction of the good images kept out of training and scored as unseen test images, when the dataset has no test good images of its own; their scores give the model&apos;s default threshold</source>
        <translation>Anteil der Gutbilder, der vom Training ausgenommen und als ungesehene Testbilder bewertet wird, wenn der Datensatz keine eigenen guten Testbilder hat; ihre Anomaliewerte ergeben den Standard-Schwellenwert des Modells</translation>
    </message>
    <message>
        <source>Held-out good images</source>
        <translation>Zurückgehaltene Gutbilder</translation>
    </message>
    <message>
        <source>The dataset has test good images of its own: nothing is held out.</source>
        <translation>Der Datensatz hat eigene gute Testbilder: Es wird nichts zurückgehalten.</translation>
    </message>
    <message>
        <source>%1 of %2 good images held out: the metrics rest on them and the model&apos;s default threshold comes from their scores.</source>
        <translation>%1 von %2 Gutbildern zurückgehalten: Die Metriken beruhen auf ihnen, und der Standard-Schwellenwert des Modells ergibt sich aus ihren Anomaliewerten.</translation>
    </message>
    <message>
        <source>Nothing held out: the metrics will have no unseen good images and the model no default threshold.</source>
        <translation>Nichts zurückgehalten: Den Metriken fehlen ungesehene Gutbilder, und das Modell erhält keinen Standard-Schwellenwert.</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>Measured on this computer with the current settings, image size and number of training images.</source>
        <translation>Auf diesem Computer mit den aktuellen Einstellungen, der Bildgröße und der Anzahl der Trainingsbilder gemessen.</translation>
    </message>
    <message>
        <source>What training holds at its peak, computed from the image size, the number of training images and the settings, against the memory and temporary disk space this computer has free now.</source>
        <translation>Was das Training in der Spitze belegt, berechnet aus Bildgröße, Zahl der Trainingsbilder und Einstellungen, verglichen mit dem Arbeitsspeicher und temporären Plattenplatz, die dieser Computer jetzt frei hat.</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>about %1 GB of the %2 GB available</source>
        <translation>etwa %1 GB der verfügbaren %2 GB</translation>
    </message>
    <message>
        <source>; temporary files about %1 GB of %2 GB free in %3</source>
        <translation>; temporäre Dateien etwa %1 GB von %2 GB frei in %3</translation>
    </message>
    <message>
        <source>%1 — training would be refused: %2</source>
        <translation>%1 — das Training würde abgelehnt: %2</translation>
    </message>
    <message>
        <source>none, e.g. 256 or 256x256</source>
        <translation>keine, z. B. 256 oder 256x256</translation>
    </message>
    <message>
        <source>Cut each image into tiles of this size at its own resolution instead of resizing it, so that small defects on large images keep their pixels; the maps are stitched back at each image&apos;s size</source>
        <translation>Jedes Bild in seiner eigenen Auflösung in Kacheln dieser Größe zerlegen, statt es zu skalieren, damit kleine Defekte auf großen Bildern ihre Pixel behalten; die Karten werden in der Größe jedes Bildes wieder zusammengesetzt</translation>
    </message>
    <message>
        <source>The fraction of a tile that neighbouring tiles share at least; their maps are blended where they overlap</source>
        <translation>Der Anteil einer Kachel, den benachbarte Kacheln mindestens teilen; ihre Karten werden im Überlappungsbereich überblendet</translation>
    </message>
    <message>
        <source>Images are scaled by this factor before they are tiled; 1 keeps their native resolution</source>
        <translation>Bilder werden vor dem Kacheln mit diesem Faktor skaliert; 1 behält die native Auflösung</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
</context>
<context>
    <name>TrainJob</name>
    <message>
        <source>%1: no defect-free training images</source>
        <translation>%1: keine defektfreien Trainingsbilder</translation>
    </message>
    <message>
        <source>--holdout must be between 0 and %1, not %2</source>
        <translation>--holdout muss zwischen 0 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>Recording the training images</source>
        <translation>Trainingsbilder werden erfasst</translation>
    </message>
    <message>
        <source>Scoring the held-out good images</source>
        <translation>Zurückgehaltene Gutbilder werden bewertet</translation>
    </message>
    <message>
        <source>%1: exists and is not a DefectScope model; it is left untouched (choose another --out)</source>
        <translation>%1: existiert und ist kein DefectScope-Modell; die Datei bleibt unverändert (wählen Sie ein anderes --out)</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>cannot resume: there is no checkpoint at %1</source>
        <translation>Fortsetzen nicht möglich: unter %1 gibt es keinen Checkpoint</translation>
    </message>
    <message>
        <source>cannot resume from %1: it was made with other settings, input size or training images; train without resuming to start over</source>
        <translation>Fortsetzen ab %1 nicht möglich: Der Checkpoint wurde mit anderen Einstellungen, einer anderen Eingabegröße oder anderen Trainingsbildern erstellt; trainieren Sie ohne Fortsetzen, um neu zu beginnen</translation>
    </message>
    <message>
        <source>about %1 s per epoch of %2 iterations; about %3 min left for this network</source>
        <translation>etwa %1 s pro Epoche mit %2 Iterationen; noch etwa %3 min für dieses Netz</translation>
    </message>
</context>
<context>
    <name>TrainingMonitor</name>
    <message>
        <source>No job running</source>
        <translation>Kein Job aktiv</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Stop the job; a model keeps its last checkpoint where the method has one</source>
        <translation>Job anhalten; das Modell behält seinen letzten Checkpoint, sofern die Methode einen hat</translation>
    </message>
    <message>
        <source>Messages of the running job</source>
        <translation>Meldungen des laufenden Jobs</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <source> · %1/s · %2 left in this stage</source>
        <translation> · %1/s · noch %2 in dieser Phase</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 %2 after %3</source>
        <translation>%1 nach %3 %2</translation>
    </message>
    <message>
        <source>Curves of: %1</source>
        <translation>Kurven von: %1</translation>
    </message>
</context>
<context>
    <name>TrainingResources</name>
    <message>
        <source>estimated %1 s in one pass over the training images</source>
        <translation>geschätzt %1 s für einen Durchlauf über die Trainingsbilder</translation>
    </message>
    <message>
        <source>estimated %1 s per epoch; %2 epochs × %3 network(s) ≈ %4 min%5</source>
        <translation>geschätzt %1 s pro Epoche; %2 Epochen × %3 Netz(e) ≈ %4 min%5</translation>
    </message>
    <message>
        <source> (before early stopping)</source>
        <translation> (vor vorzeitigem Abbruch)</translation>
    </message>
    <message>
        <source>peak memory about %1 GB of %2 GB available</source>
        <translation>Spitzenspeicher etwa %1 GB von %2 GB verfügbar</translation>
    </message>
    <message>
        <source>; temporary files about %1 GB of %2 GB free in %3</source>
        <translation>; temporäre Dateien etwa %1 GB von %2 GB frei in %3</translation>
    </message>
    <message>
        <source>training needs about %1 GB of memory at its peak and %2 GB are available: train on fewer images or at a smaller image size</source>
        <translation>das Training braucht in der Spitze etwa %1 GB Arbeitsspeicher, verfügbar sind %2 GB: mit weniger Bildern oder kleinerer Bildgröße trainieren</translation>
    </message>
    <message>
        <source>training needs about %1 GB of temporary disk space in %2 and %3 GB are free there: free some space or set TMPDIR to a larger disk</source>
        <translation>das Training braucht etwa %1 GB temporären Plattenplatz in %2, dort sind %3 GB frei: Platz schaffen oder TMPDIR auf eine größere Platte setzen</translation>
    </message>
</context>
<context>
    <name>UpdateJob</name>
    <message>
        <source>Checking the images to add</source>
        <translation>Hinzuzufügende Bilder prüfen</translation>
    </message>
    <message>
        <source>skipped: the model has this image among its training images already</source>
        <translation>übersprungen: das Modell hat dieses Bild bereits unter seinen Trainingsbildern</translation>
    </message>
    <message>
        <source>the model has trained on every one of these images already</source>
        <translation>das Modell ist bereits auf jedem dieser Bilder trainiert</translation>
    </message>
    <message>
        <source>%1: no good images to add</source>
        <translation>%1: keine Gutbilder zum Hinzufügen</translation>
    </message>
    <message>
        <source>nothing to update: give images to add (--add) or an inspection region (--roi)</source>
        <translation>nichts zu aktualisieren: hinzuzufügende Bilder (--add) oder einen Prüfbereich (--roi) angeben</translation>
    </message>
    <message>
        <source>%1: exists and is not a DefectScope model; it is left untouched (choose another --out)</source>
        <translation>%1: existiert und ist kein DefectScope-Modell; bleibt unverändert (anderes --out wählen)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>NOK</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>REVIEW</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>WeightStore</name>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>no data received for %1 s</source>
        <translation>seit %1 s keine Daten empfangen</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>die Verbindung endete nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>no weight file is known for the backbone &quot;%1&quot; (known: %2)</source>
        <translation>für das Backbone „%1“ ist keine Gewichtsdatei bekannt (bekannt: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid download address</source>
        <translation>„%1“ ist keine gültige Download-Adresse</translation>
    </message>
    <message>
        <source>download of %1 failed (%2) — place the file %1 in %3 or choose a weight file with --weights</source>
        <translation>Download von %1 fehlgeschlagen (%2) — legen Sie die Datei %1 in %3 ab oder wählen Sie mit --weights eine Gewichtsdatei</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the server sent a partial answer to a full request</source>
        <translation>der Server sandte eine Teilantwort auf eine vollständige Anfrage</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s checksum (SHA-256 %1…) does not match the expected %2… of %3 (corrupted download) — try again, or place the file %3 in %4 or choose a weight file with --weights</source>
        <translation>die Prüfsumme der heruntergeladenen Datei (SHA-256 %1…) stimmt nicht mit dem erwarteten Wert %2… für %3 überein (beschädigter Download) — versuchen Sie es erneut, legen Sie die Datei %3 in %4 ab oder wählen Sie mit --weights eine Gewichtsdatei</translation>
    </message>
    <message>
        <source>cannot move the downloaded file to %1 (%2)</source>
        <translation>heruntergeladene Datei kann nicht nach %1 verschoben werden (%2)</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: the weight file is truncated or damaged (%2)</source>
        <translation>%1: Die Gewichtsdatei ist abgeschnitten oder beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the weight file (%2)</source>
        <translation>%1: Gewichtsdatei kann nicht geöffnet werden (%2)</translation>
    </message>
</context>
</TS>
