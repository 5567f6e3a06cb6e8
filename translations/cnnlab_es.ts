<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChangeWording</name>
    <message>
        <source>lr %1 → %2</source>
        <translation>lr %1 → %2</translation>
    </message>
    <message>
        <source>batch %1 → %2</source>
        <translation>batch %1 → %2</translation>
    </message>
    <message>
        <source>dropout %1 → %2</source>
        <translation>dropout %1 → %2</translation>
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
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported from cnnlab</source>
        <translation>Exportado desde cnnlab</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>No hay ningún gráfico que exportar.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg, .pdf or .csv (got “%1”).</source>
        <translation>Elige un nombre de archivo que termine en .png, .svg, .pdf o .csv (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The image is too large to create in memory.</source>
        <translation>La imagen es demasiado grande para crearla en memoria.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>No se pudo escribir «%1».</translation>
    </message>
</context>
<context>
    <name>CoachText</name>
    <message>
        <source>Validation loss has risen since epoch %1 (from %2 to %3) while training loss keeps falling: the model is memorising the training set. Try dropout.</source>
        <translation>La pérdida de validación ha subido desde la época %1 (de %2 a %3) mientras la pérdida de entrenamiento sigue bajando: el modelo está memorizando el conjunto de entrenamiento. Prueba con dropout.</translation>
    </message>
    <message>
        <source>Validation loss has risen from %1 to %2 while training loss keeps falling: the model is memorising the training set. Try dropout.</source>
        <translation>La pérdida de validación ha subido de %1 a %2 mientras la pérdida de entrenamiento sigue bajando: el modelo está memorizando el conjunto de entrenamiento. Prueba con dropout.</translation>
    </message>
    <message>
        <source>Training accuracy keeps pulling away from validation accuracy (a gap of %1 points at epoch %2): the model is memorising the training set. Try dropout.</source>
        <translation>La exactitud de entrenamiento se aleja cada vez más de la de validación (una diferencia de %1 puntos en la época %2): el modelo está memorizando el conjunto de entrenamiento. Prueba con dropout.</translation>
    </message>
    <message>
        <source>Loss is stuck at %1 = ln 10, chance level: the network is guessing one of ten classes and not learning. Lower the learning rate.</source>
        <translation>La pérdida está estancada en %1 = ln 10, el nivel del azar: la red adivina una de diez clases y no aprende. Reduce la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>At epoch %1 the loss stopped being a number: training has diverged. The steps are far too large; lower the learning rate and start again.</source>
        <translation>En la época %1 la pérdida dejó de ser un número: el entrenamiento ha divergido. Los pasos son demasiado grandes; reduce la tasa de aprendizaje y vuelve a empezar.</translation>
    </message>
    <message>
        <source>Training loss shot up to %1 at epoch %2 (its lowest was %3): training is diverging. Lower the learning rate.</source>
        <translation>La pérdida de entrenamiento se disparó hasta %1 en la época %2 (su mínimo fue %3): el entrenamiento está divergiendo. Reduce la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>Best validation accuracy so far: %1 at epoch %2.</source>
        <translation>Mejor exactitud de validación hasta ahora: %1 en la época %2.</translation>
    </message>
    <message>
        <source>overfitting</source>
        <translation>sobreajuste</translation>
    </message>
    <message>
        <source>stalled at chance</source>
        <translation>estancado en el nivel del azar</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>divergiendo</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>mejor %1</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>Sobreajuste</translation>
    </message>
    <message>
        <source>Stalling</source>
        <translation>Estancamiento</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergencia</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Mejor época</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <source>Adam epsilon</source>
        <translation>épsilon de Adam</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño de batch</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>dropout after the convolutions</source>
        <translation>dropout tras las convoluciones</translation>
    </message>
    <message>
        <source>dropout after the dense layer</source>
        <translation>dropout tras la capa densa</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>hilos de CPU</translation>
    </message>
    <message>
        <source>training subset</source>
        <translation>subconjunto de entrenamiento</translation>
    </message>
    <message>
        <source>held-out validation size</source>
        <translation>tamaño de la validación reservada</translation>
    </message>
    <message>
        <source>evaluations per epoch</source>
        <translation>evaluaciones por época</translation>
    </message>
    <message>
        <source>quick evaluation size</source>
        <translation>tamaño de la evaluación rápida</translation>
    </message>
    <message>
        <source>number of sample digits</source>
        <translation>número de dígitos de muestra</translation>
    </message>
    <message>
        <source>reports per second</source>
        <translation>informes por segundo</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Sin errores.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read.</source>
        <translation>No se pudo leer el archivo «%1».</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>El archivo «%1» está vacío.</translation>
    </message>
    <message>
        <source>The file “%1” is a damaged gzip archive. Download it again.</source>
        <translation>El archivo «%1» es un archivo gzip dañado. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>The file “%1” is not an IDX file of the expected kind (images or labels).</source>
        <translation>El archivo «%1» no es un archivo IDX del tipo esperado (imágenes o etiquetas).</translation>
    </message>
    <message>
        <source>The images in “%1” are not 28 × 28 pixels.</source>
        <translation>Las imágenes de «%1» no son de 28 × 28 píxeles.</translation>
    </message>
    <message>
        <source>The file “%1” claims more items than it can hold.</source>
        <translation>El archivo «%1» declara más elementos de los que puede contener.</translation>
    </message>
    <message>
        <source>The file “%1” ends early; it was probably not downloaded completely.</source>
        <translation>El archivo «%1» termina antes de tiempo; probablemente no se descargó por completo.</translation>
    </message>
    <message>
        <source>The file “%1” has unexpected data after its last item.</source>
        <translation>El archivo «%1» tiene datos inesperados después de su último elemento.</translation>
    </message>
    <message>
        <source>The number of images and labels in “%1” does not match.</source>
        <translation>El número de imágenes y el de etiquetas de «%1» no coinciden.</translation>
    </message>
    <message>
        <source>The labels in “%1” contain a class that does not exist.</source>
        <translation>Las etiquetas de «%1» contienen una clase que no existe.</translation>
    </message>
    <message>
        <source>The dataset was not found.</source>
        <translation>No se encontró el conjunto de datos.</translation>
    </message>
    <message>
        <source>The dataset was not found. Install it with: %1</source>
        <translation>No se encontró el conjunto de datos. Instálalo con: %1</translation>
    </message>
    <message>
        <source>The dataset was not found in %1. Install it with: %2</source>
        <translation>No se encontró el conjunto de datos en %1. Instálalo con: %2</translation>
    </message>
    <message>
        <source>The file “%1” does not have the expected checksum; it is damaged or a different version. Download it again.</source>
        <translation>El archivo «%1» no tiene la suma de comprobación esperada; está dañado o es otra versión. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>The setting “%1” is out of range.</source>
        <translation>El ajuste «%1» está fuera de rango.</translation>
    </message>
    <message>
        <source>The chosen device is not available. Choose another device.</source>
        <translation>El dispositivo elegido no está disponible. Elige otro dispositivo.</translation>
    </message>
    <message>
        <source>The device “%1” is not available. Choose another device.</source>
        <translation>El dispositivo «%1» no está disponible. Elige otro dispositivo.</translation>
    </message>
    <message>
        <source>The device ran out of memory. Choose a smaller batch size or train on the CPU.</source>
        <translation>El dispositivo se quedó sin memoria. Elige un tamaño de batch más pequeño o entrena en la CPU.</translation>
    </message>
    <message>
        <source>The checkpoint “%1” could not be read.</source>
        <translation>No se pudo leer el punto de control «%1».</translation>
    </message>
    <message>
        <source>The checkpoint “%1” belongs to a different model or dataset.</source>
        <translation>El punto de control «%1» pertenece a otro modelo o conjunto de datos.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>No se pudo escribir «%1».</translation>
    </message>
    <message>
        <source>Something went wrong inside cnnlab. Please report this.</source>
        <translation>Algo ha fallado dentro de cnnlab. Por favor, informa del problema.</translation>
    </message>
    <message>
        <source>Unknown error (%1).</source>
        <translation>Error desconocido (%1).</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 Detalles: %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Could not reach the machine “%1”. Check its name and that it is switched on and online.</source>
        <translation>No se pudo contactar con la máquina «%1». Compruebe su nombre y que esté encendida y en línea.</translation>
    </message>
    <message>
        <source>The machine “%1” did not let cnnlab log in without a password or a new host key. Run “ssh %1” once in a terminal and set up a key (ssh-copy-id).</source>
        <translation>La máquina «%1» no permitió a cnnlab iniciar sesión sin contraseña o sin una nueva clave de host. Ejecute «ssh %1» una vez en una terminal y configure una clave (ssh-copy-id).</translation>
    </message>
    <message>
        <source>cnnlab-train is not installed on “%1” (or not on its PATH). Install cnnlab there, or give its path under Run ▸ Remote Machines.</source>
        <translation>cnnlab-train no está instalado en «%1» (o no está en su PATH). Instale cnnlab allí o indique su ruta en Ejecución ▸ Máquinas remotas.</translation>
    </message>
    <message>
        <source>The cnnlab on “%1” does not speak the same language as this one. Install the same version on both machines.</source>
        <translation>El cnnlab de «%1» no habla el mismo idioma que este. Instale la misma versión en ambas máquinas.</translation>
    </message>
    <message>
        <source>The connection to “%1” was lost. What arrived so far is kept.</source>
        <translation>Se perdió la conexión con «%1». Se conserva lo recibido hasta ahora.</translation>
    </message>
    <message>
        <source>conv blocks</source>
        <translation>bloques de convolución</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtros</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>tamaño del núcleo</translation>
    </message>
    <message>
        <source>dense units</source>
        <translation>unidades densas</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>Nesterov momentum (needs momentum above 0)</source>
        <translation>momento de Nesterov (necesita un momento mayor que 0)</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>epochs between learning-rate steps</source>
        <translation>épocas entre escalones de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>learning-rate step factor</source>
        <translation>factor de cada escalón de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>warm-up fraction</source>
        <translation>fracción de calentamiento</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>decaimiento de pesos</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>penalización L1</translation>
    </message>
    <message>
        <source>label smoothing</source>
        <translation>suavizado de etiquetas</translation>
    </message>
    <message>
        <source>augmentation shift</source>
        <translation>desplazamiento de aumento de datos</translation>
    </message>
    <message>
        <source>augmentation rotation</source>
        <translation>rotación de aumento de datos</translation>
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation>paciencia de la parada temprana</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>infinito</translation>
    </message>
    <message>
        <source>−infinite</source>
        <translation>−infinito</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>PlanEstimate</name>
    <message>
        <source>Duration: not known yet; train one short run on this computer and the dialog estimates it.</source>
        <translation>Duración: aún desconocida; entrene una ejecución corta en este ordenador y el diálogo la estimará.</translation>
    </message>
    <message>
        <source>About %1 on this computer (%2 images/s, measured in “%3”).</source>
        <translation>Unos %1 en este ordenador (%2 imágenes/s, medido en «%3»).</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>current run</source>
        <translation>ejecución actual</translation>
    </message>
    <message>
        <source>run of %1</source>
        <translation>ejecución de %1</translation>
    </message>
    <message>
        <source>cnnlab report — %1</source>
        <translation>Informe de cnnlab — %1</translation>
    </message>
    <message>
        <source>Dataset %1 · %2 training images · %3 validation images · %4 · created %5</source>
        <translation>Conjunto de datos %1 · %2 imágenes de entrenamiento · %3 imágenes de validación · %4 · creado el %5</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Epochs completed</source>
        <translation>Épocas completadas</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitud de validación</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>Mejor exactitud de validación</translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation>%1 (época %2)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <source>Accuracy and loss</source>
        <translation>Exactitud y pérdida</translation>
    </message>
    <message>
        <source>Accuracy chart</source>
        <translation>Gráfico de exactitud</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Gráfico de pérdida</translation>
    </message>
    <message>
        <source>No metrics were recorded.</source>
        <translation>No se registraron métricas.</translation>
    </message>
    <message>
        <source>Coach notes</source>
        <translation>Notas del tutor</translation>
    </message>
    <message>
        <source>Nothing to remark: no overfitting, stalling or divergence.</source>
        <translation>Nada que señalar: ni sobreajuste, ni estancamiento, ni divergencia.</translation>
    </message>
    <message>
        <source>Epoch %1 · %2</source>
        <translation>Época %1 · %2</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Changed during the run:</source>
        <translation>Cambios durante la ejecución:</translation>
    </message>
    <message>
        <source>epoch %1: %2</source>
        <translation>época %1: %2</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>This run has no full evaluation.</source>
        <translation>Esta ejecución no tiene ninguna evaluación completa.</translation>
    </message>
    <message>
        <source>Rows: true class; columns: predicted class. %1 of %2 right (%3).</source>
        <translation>Filas: clase real; columnas: clase predicha. %1 de %2 aciertos (%3).</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>aciertos</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>Errores con más confianza</translation>
    </message>
    <message>
        <source>Sample predictions</source>
        <translation>Predicciones de muestra</translation>
    </message>
    <message>
        <source>true class %1</source>
        <translation>clase real %1</translation>
    </message>
    <message>
        <source>Written by cnnlab on %1.</source>
        <translation>Generado por cnnlab el %1.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>No se pudo escribir «%1».</translation>
    </message>
    <message>
        <source>True class → predicted class: the predicted class — the model&apos;s probability for it.</source>
        <translation>Clase real → clase predicha: la clase predicha — la probabilidad que le da el modelo.</translation>
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
        <translation>No se puede leer el registro de ejecución «%1»: %2</translation>
    </message>
    <message>
        <source>The run record has no metrics to draw.</source>
        <translation>El registro de ejecución no tiene métricas que dibujar.</translation>
    </message>
    <message>
        <source>Choose an output file ending in .png, .svg, .pdf or .csv (got “%1”).</source>
        <translation>Elige un archivo de salida que termine en .png, .svg, .pdf o .csv (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Accuracy — %1</source>
        <translation>Exactitud — %1</translation>
    </message>
    <message>
        <source>Loss — %1</source>
        <translation>Pérdida — %1</translation>
    </message>
</context>
<context>
    <name>SettingsWording</name>
    <message numerus="yes">
        <source>%n conv block(s)</source>
        <translation>
            <numerusform>%n bloque conv.</numerusform>
            <numerusform>%n bloques conv.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation>%1 filtros</translation>
    </message>
    <message>
        <source>%1×%1 kernels</source>
        <translation>núcleos %1×%1</translation>
    </message>
    <message>
        <source>dense %1</source>
        <translation>densa %1</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>norm. por lotes</translation>
    </message>
    <message>
        <source>%1 schedule</source>
        <translation>programa %1</translation>
    </message>
    <message>
        <source>weight decay %1</source>
        <translation>decaimiento de pesos %1</translation>
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
        <translation>suavizado de etiquetas %1</translation>
    </message>
    <message>
        <source>shift %1 px</source>
        <translation>desplazamiento %1 px</translation>
    </message>
    <message>
        <source>rotate %1°</source>
        <translation>rotación %1°</translation>
    </message>
    <message>
        <source>early stop %1</source>
        <translation>parada temprana %1</translation>
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
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Exactitud (%)</translation>
    </message>
    <message>
        <source>Loss (cross-entropy)</source>
        <translation>Pérdida (entropía cruzada)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>Legend entry where there is little room (for &quot;Training&quot;)</extracomment>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation>Pasos del optimizador</translation>
    </message>
    <message>
        <source>Images seen</source>
        <translation>Imágenes vistas</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>Tiempo de entrenamiento (s)</translation>
    </message>
    <message>
        <source>Validation (quick): a fixed part of the validation images, measured several times per epoch so the curve moves while the model trains</source>
        <translation>Validación (rápida): una parte fija de las imágenes de validación, medida varias veces por época para que la curva se mueva mientras el modelo entrena</translation>
    </message>
    <message>
        <source>Validation (full set): every validation image, measured at the end of each epoch; the figures the lab reports</source>
        <translation>Validación (conjunto completo): todas las imágenes de validación, medidas al final de cada época; las cifras que da el laboratorio</translation>
    </message>
    <message>
        <source>Val. (quick)</source>
        <extracomment>Legend entry where there is little room (for &quot;Val. (quick)&quot;)</extracomment>
        <translation>Val. (rápida)</translation>
    </message>
    <message>
        <source>Val. (full set)</source>
        <extracomment>Legend entry where there is little room (for &quot;Val. (full set)&quot;)</extracomment>
        <translation>Val. (completa)</translation>
    </message>
    <message>
        <source>Train.</source>
        <translation>Entren.</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Val. full</source>
        <translation>Val. compl.</translation>
    </message>
    <message>
        <source>Training: the batches the model has just learned from, smoothed over steps (%1; View ▸ Training Curve Smoothing)</source>
        <translation>Entrenamiento: los lotes de los que el modelo acaba de aprender, suavizados por pasos (%1; Ver ▸ Suavizado de la curva de entrenamiento)</translation>
    </message>
    <message>
        <source>Training: the batches the model has just learned from, unsmoothed</source>
        <translation>Entrenamiento: los lotes de los que el modelo acaba de aprender, sin suavizar</translation>
    </message>
    <message>
        <source>smoothing %1</source>
        <extracomment>How strongly the training curve is smoothed (0 = not at all, 0.95 = most)</extracomment>
        <translation>suavizado %1</translation>
    </message>
    <message>
        <source>Training Curve &amp;Smoothing</source>
        <translation>&amp;Suavizado de la curva de entrenamiento</translation>
    </message>
    <message>
        <source>None (step means)</source>
        <translation>Ninguno (medias por paso)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ClusterJob</name>
    <message>
        <source>The cluster&apos;s login node answered: %1</source>
        <translation>El nodo de acceso del clúster respondió: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ClusterPanel</name>
    <message>
        <source>Waiting in Slurm&apos;s queue</source>
        <translation>Esperando en la cola de Slurm</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergió</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Started, no result yet</source>
        <translation>Iniciado, aún sin resultado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>No cluster job. Reproduce the Lab or Sweep with “Run on: Slurm cluster” sends one (set the cluster&apos;s login node up in Run ▸ Remote Machines…).</source>
        <translation>No hay ningún trabajo en el clúster. Reproducir el laboratorio o un barrido con «Ejecutar en: clúster Slurm» envía uno (configure el nodo de acceso del clúster en Ejecución ▸ Máquinas remotas…).</translation>
    </message>
    <message>
        <source>Submitting to Slurm on %1…</source>
        <translation>Enviando a Slurm en %1…</translation>
    </message>
    <message>
        <source>Slurm job %1 on %2 (%3): %4 of %5 tasks ended, %6 runs in the history</source>
        <translation>Trabajo de Slurm %1 en %2 (%3): %4 de %5 tareas terminadas, %6 ejecuciones en el historial</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Tasks of the cluster job</source>
        <translation>Tareas del trabajo en el clúster</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CoachPanel</name>
    <message>
        <source>Coach notes</source>
        <translation>Notas del tutor</translation>
    </message>
    <message>
        <source>What the coach noticed in this run&apos;s curves, newest last</source>
        <translation>Lo que el tutor ha observado en las curvas de esta ejecución, la nota más reciente al final</translation>
    </message>
    <message>
        <source>The coach comments on the curves after each evaluation.</source>
        <translation>El tutor comenta las curvas después de cada evaluación.</translation>
    </message>
    <message>
        <source>Epoch %1 · %2
%3</source>
        <translation>Época %1 · %2
%3</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ComparisonDialog</name>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points</extracomment>
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Final val. acc.</source>
        <translation>Exact. val. final</translation>
    </message>
    <message>
        <source>Best val. acc.</source>
        <translation>Mejor exact. val.</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Mejor época</translation>
    </message>
    <message>
        <source>Train–val gap</source>
        <translation>Brecha entr.–val.</translation>
    </message>
    <message>
        <source>Final val. loss</source>
        <translation>Pérdida val. final</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Comparison of runs</source>
        <translation>Comparación de ejecuciones</translation>
    </message>
    <message>
        <source>The lab&apos;s claim</source>
        <translation>Afirmación del laboratorio</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>What cnnlab measured</source>
        <translation>Lo que midió cnnlab</translation>
    </message>
    <message>
        <source>Verdicts on the lab&apos;s claims</source>
        <translation>Veredictos sobre las afirmaciones del laboratorio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Did the lab&apos;s findings hold?&lt;/b&gt; A difference counts only when it is larger than the noise between seeds.</source>
        <translation>&lt;b&gt;¿Se confirman los resultados del laboratorio?&lt;/b&gt; Una diferencia solo cuenta si es mayor que el ruido entre semillas.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>Exportar la comparación como CSV</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown</source>
        <translation>Exportar la comparación como Markdown</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copy the comparison as Markdown</source>
        <translation>Copiar la comparación como Markdown</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Without dropout, training accuracy runs ahead of validation (overfitting).</source>
        <translation>Sin dropout, la exactitud de entrenamiento se adelanta a la de validación (sobreajuste).</translation>
    </message>
    <message>
        <source>Dropout raises validation accuracy.</source>
        <translation>El dropout aumenta la exactitud de validación.</translation>
    </message>
    <message>
        <source>Batch size 1000 ends below batch size 32.</source>
        <translation>Un tamaño de batch de 1000 termina por debajo de uno de 32.</translation>
    </message>
    <message>
        <source>Learning rate 0.01 fails to converge.</source>
        <translation>Una tasa de aprendizaje de 0,01 no llega a converger.</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>reproducida</translation>
    </message>
    <message>
        <source>not reproduced</source>
        <translation>no reproducida</translation>
    </message>
    <message>
        <source>within noise</source>
        <translation>dentro del ruido</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medida</translation>
    </message>
    <message>
        <source>The runs for this claim are missing.</source>
        <translation>Faltan las ejecuciones para esta afirmación.</translation>
    </message>
    <message>
        <source>Final validation accuracy with lr 0.01: %1.</source>
        <translation>Exactitud de validación final con lr 0,01: %1.</translation>
    </message>
    <message>
        <source>Training minus validation accuracy: %1 (noise %2).</source>
        <translation>Exactitud de entrenamiento menos la de validación: %1 (ruido %2).</translation>
    </message>
    <message>
        <source>Dropout minus no dropout: %1 (noise %2).</source>
        <translation>Con dropout menos sin dropout: %1 (ruido %2).</translation>
    </message>
    <message>
        <source>Batch 32 minus batch 1000: %1 (noise %2).</source>
        <translation>Batch 32 menos batch 1000: %1 (ruido %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1 group(s). Group rows show the mean ± standard deviation over seeds.</source>
        <translation>
            <numerusform>%n ejecución en %1 grupo(s). Las filas de grupo muestran la media ± la desviación estándar entre semillas.</numerusform>
            <numerusform>%n ejecuciones en %1 grupo(s). Las filas de grupo muestran la media ± la desviación estándar entre semillas.</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %n seed(s))</source>
        <translation>
            <numerusform>%1 (media de %n semilla)</numerusform>
            <numerusform>%1 (media de %n semillas)</numerusform>
        </translation>
    </message>
    <message>
        <source>All seeds together</source>
        <translation>Todas las semillas juntas</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exportar comparación</translation>
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
        <translation>No se puede exportar la comparación: %1</translation>
    </message>
    <message>
        <source>%1, from one seed: run the lab with 2 or more seeds to tell this from seed-to-seed noise.</source>
        <translation>%1, con una sola semilla: ejecute el laboratorio con 2 o más semillas para distinguirlo del ruido entre semillas.</translation>
    </message>
    <message>
        <source>1 seed — noise not measured</source>
        <translation>1 semilla — ruido no medido</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Rows: true class. Columns: predicted class. Click a cell to see its images.</source>
        <translation>Filas: clase real. Columnas: clase predicha. Haz clic en una celda para ver sus imágenes.</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>clase predicha</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>aciertos</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>clase real</translation>
    </message>
    <message>
        <source>Appears after the first full evaluation (end of epoch 1)</source>
        <translation>Aparece tras la primera evaluación completa (final de la época 1)</translation>
    </message>
    <message>
        <source>%1 of %2 images of “%3” recognised (%4)</source>
        <translation>%1 de %2 imágenes de «%3» reconocidas (%4)</translation>
    </message>
    <message>
        <source>%1 images of “%2” taken for “%3” (%4 of that class). Click to see them.</source>
        <translation>%1 imágenes de «%2» confundidas con «%3» (%4 de esa clase). Haz clic para verlas.</translation>
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
        <translation>&amp;Porcentajes por fila</translation>
    </message>
    <message>
        <source>Show each row as percentages of that true class instead of counts</source>
        <translation>Mostrar cada fila como porcentajes de esa clase real en lugar de recuentos</translation>
    </message>
    <message>
        <source>Show row percentages</source>
        <translation>Mostrar porcentajes por fila</translation>
    </message>
    <message>
        <source>Misclassified images of the selected cell</source>
        <translation>Imágenes mal clasificadas de la celda seleccionada</translation>
    </message>
    <message>
        <source>Which digits are taken for which: appears after the first full evaluation.</source>
        <translation>Qué dígitos se confunden con cuáles: aparece tras la primera evaluación completa.</translation>
    </message>
    <message>
        <source>Epoch %1: %2 of %3 validation images right (%4).</source>
        <translation>Época %1: %2 de %3 imágenes de validación acertadas (%4).</translation>
    </message>
    <message>
        <source>Click a cell to see the images behind it.</source>
        <translation>Haz clic en una celda para ver las imágenes que hay detrás.</translation>
    </message>
    <message>
        <source>True %1 predicted %1: %2 images right. Click an off-diagonal cell to see mistakes.</source>
        <translation>Real %1, predicho %1: %2 imágenes acertadas. Haz clic en una celda fuera de la diagonal para ver los errores.</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3 images</source>
        <translation>Real %1, predicho %2: %3 imágenes</translation>
    </message>
    <message>
        <source>(%1 shown: only the %2 most confident mistakes are kept)</source>
        <translation>(se muestran %1: solo se guardan los %2 errores con más confianza)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ControlsPanel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Dr&amp;opout</source>
        <translation>Dr&amp;opout</translation>
    </message>
    <message>
        <source>Randomly silence units while training (the lab&apos;s regularisation). Applies immediately, also during a run.</source>
        <translation>Silencia unidades al azar durante el entrenamiento (la regularización del laboratorio). Se aplica de inmediato, también durante una ejecución.</translation>
    </message>
    <message>
        <source>Dropout rate after the convolution and max-pool block</source>
        <translation>Tasa de dropout tras el bloque de convolución y max-pooling</translation>
    </message>
    <message>
        <source>After &amp;convolutions:</source>
        <translation>Tras las &amp;convoluciones:</translation>
    </message>
    <message>
        <source>After de&amp;nse layer:</source>
        <translation>Tras la capa de&amp;nsa:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño de &amp;batch:</translation>
    </message>
    <message>
        <source>Learning rate on a logarithmic scale, 0.00001 to 0.1. Applies immediately, also during a run.</source>
        <translation>Tasa de aprendizaje en escala logarítmica, de 0,00001 a 0,1. Se aplica de inmediato, también durante una ejecución.</translation>
    </message>
    <message>
        <source>Batch size in powers of two, 8 to 4096. During a run it applies at the next epoch.</source>
        <translation>Tamaño de batch en potencias de dos, de 8 a 4096. Durante una ejecución se aplica a partir de la época siguiente.</translation>
    </message>
    <message>
        <source>Any batch size from 1 to 60,000</source>
        <translation>Cualquier tamaño de batch de 1 a 60&#xa0;000</translation>
    </message>
    <message>
        <source>How many times the weights are updated in one pass over the training set. Batch 32 and batch 1000 do very different amounts of learning per epoch.</source>
        <translation>Cuántas veces se actualizan los pesos en una pasada por el conjunto de entrenamiento. Con batch 32 y con batch 1000 se aprende una cantidad muy distinta por época.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momentum</translation>
    </message>
    <message>
        <source>Random seed: the same seed and settings give the same run on the same device</source>
        <translation>Semilla aleatoria: la misma semilla y los mismos ajustes dan la misma ejecución en el mismo dispositivo</translation>
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation>Optimi&amp;zador:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Data and device</source>
        <translation>Datos y dispositivo</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>Dígitos MNIST</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Conjunto de prueba</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>The 10,000 test images (what the lab called validation)</source>
        <translation>Las 10&#xa0;000 imágenes de prueba (lo que el laboratorio llamó validación)</translation>
    </message>
    <message>
        <source>The last 10,000 training images, never trained on</source>
        <translation>Las últimas 10&#xa0;000 imágenes de entrenamiento, nunca usadas para entrenar</translation>
    </message>
    <message>
        <source>Train on the first N images only, for quick demonstrations</source>
        <translation>Entrenar solo con las primeras N imágenes, para demostraciones rápidas</translation>
    </message>
    <message>
        <source>D&amp;ataset:</source>
        <translation>Conjunto de &amp;datos:</translation>
    </message>
    <message>
        <source>Valida&amp;tion:</source>
        <translation>&amp;Validación:</translation>
    </message>
    <message>
        <source>Trainin&amp;g images:</source>
        <translation>Imá&amp;genes de entrenamiento:</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>Dispos&amp;itivo:</translation>
    </message>
    <message>
        <source>Cost meter</source>
        <translation>Medidor de coste</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> por hora</translation>
    </message>
    <message>
        <source>Price of the machine per hour. $3.06 is the on-demand price of the AWS p3.2xlarge the lab used.</source>
        <translation>Precio de la máquina por hora. $3,06 es el precio bajo demanda de la instancia AWS p3.2xlarge que usó el laboratorio.</translation>
    </message>
    <message>
        <source>&amp;Machine price:</source>
        <translation>Precio de la &amp;máquina:</translation>
    </message>
    <message>
        <source>Lab &amp;Defaults</source>
        <translation>Valores del &amp;laboratorio</translation>
    </message>
    <message>
        <source>The lab&apos;s reference configuration: dropout 0.25/0.5, Adam, learning rate 0.001, batch 32, 10 epochs, seed 42, all 60,000 images</source>
        <translation>La configuración de referencia del laboratorio: dropout 0,25/0,5, Adam, tasa de aprendizaje 0,001, batch 32, 10 épocas, semilla 42, las 60&#xa0;000 imágenes</translation>
    </message>
    <message>
        <source>During a run: learning rate and dropout apply immediately, batch size at the next epoch.</source>
        <translation>Durante una ejecución, la tasa de aprendizaje y el dropout se aplican de inmediato; el tamaño de batch, a partir de la época siguiente.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Turns dropout on or off; applies immediately, also during a run</source>
        <translation>Activa o desactiva el dropout; se aplica de inmediato, también durante una ejecución</translation>
    </message>
    <message>
        <source>Dropout after convolutions</source>
        <translation>Dropout tras las convoluciones</translation>
    </message>
    <message>
        <source>Dropout rate after the convolution block</source>
        <translation>Tasa de dropout tras el bloque de convolución</translation>
    </message>
    <message>
        <source>Dropout after dense layer</source>
        <translation>Dropout tras la capa densa</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Logarithmic scale from 0.00001 to 0.1. Ctrl+Up and Ctrl+Down change it by one step.</source>
        <translation>Escala logarítmica de 0,00001 a 0,1. Ctrl+Arriba y Ctrl+Abajo la cambian un paso.</translation>
    </message>
    <message>
        <source>Learning rate value</source>
        <translation>Valor de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de batch</translation>
    </message>
    <message>
        <source>Powers of two from 8 to 4096. Ctrl+Right and Ctrl+Left double or halve it.</source>
        <translation>Potencias de dos de 8 a 4096. Ctrl+Derecha y Ctrl+Izquierda lo duplican o lo reducen a la mitad.</translation>
    </message>
    <message>
        <source>Batch size value</source>
        <translation>Valor del tamaño de batch</translation>
    </message>
    <message>
        <source>Updates per epoch</source>
        <translation>Actualizaciones por época</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Passes over the training set</source>
        <translation>Pasadas por el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>The same seed and settings give the same run on the same device</source>
        <translation>La misma semilla y los mismos ajustes dan la misma ejecución en el mismo dispositivo</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>MNIST digits or Fashion-MNIST</source>
        <translation>Dígitos MNIST o Fashion-MNIST</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>Datos de validación</translation>
    </message>
    <message>
        <source>Where validation accuracy is measured</source>
        <translation>Dónde se mide la exactitud de validación</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>Train on the first N images only</source>
        <translation>Entrenar solo con las primeras N imágenes</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Where the model trains</source>
        <translation>Dónde se entrena el modelo</translation>
    </message>
    <message>
        <source>Machine price per hour</source>
        <translation>Precio de la máquina por hora</translation>
    </message>
    <message>
        <source>Used by the cost meter in the status bar</source>
        <translation>Lo usa el medidor de coste de la barra de estado</translation>
    </message>
    <message>
        <source>Lab defaults</source>
        <translation>Valores del laboratorio</translation>
    </message>
    <message>
        <source>Restores the lab&apos;s reference configuration</source>
        <translation>Restaura la configuración de referencia del laboratorio</translation>
    </message>
    <message>
        <source>, left over: %1</source>
        <translation>, sobran: %1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todas (%1)</translation>
    </message>
    <message>
        <source>Batch size %1 is not possible: a batch holds 1 to %2 images (the training set). Kept %3.</source>
        <translation>El tamaño de batch %1 no es posible: un batch contiene de 1 a %2 imágenes (el conjunto de entrenamiento). Se mantiene %3.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; update(s) per epoch&lt;br&gt;%1 images ÷ batch %2</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; actualización por época&lt;br&gt;%1 imágenes ÷ batch %2</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; actualizaciones por época&lt;br&gt;%1 imágenes ÷ batch %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is larger than the %2 training images: each step uses all %2, so an epoch is a single update and the charts move only once per epoch.</source>
        <translation>El lote %1 es mayor que las %2 imágenes de entrenamiento: cada paso usa las %2, así que una época es una sola actualización y los gráficos solo se mueven una vez por época.</translation>
    </message>
    <message>
        <source>Dropout rate after the dense layer</source>
        <translation>Tasa de dropout tras la capa densa</translation>
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
        <translation>Adam, SGD con momento, AdamW o RMSprop</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetup</name>
    <message>
        <source>&amp;Download MNIST…</source>
        <translation>&amp;Descargar MNIST…</translation>
    </message>
    <message>
        <source>&amp;Locate MNIST Folder…</source>
        <translation>&amp;Localizar carpeta de MNIST…</translation>
    </message>
    <message>
        <source>MNIST is installed in %1. Press Start to train.</source>
        <translation>MNIST está instalado en %1. Pulsa Iniciar para entrenar.</translation>
    </message>
    <message>
        <source>Using MNIST from %1.</source>
        <translation>Usando MNIST de %1.</translation>
    </message>
    <message>
        <source>File ▸ Download MNIST… installs a fresh, verified copy; File ▸ Locate MNIST Folder… uses another folder.</source>
        <translation>Archivo ▸ Descargar MNIST… instala una copia nueva y verificada; Archivo ▸ Localizar carpeta de MNIST… usa otra carpeta.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetupDialog</name>
    <message>
        <source>Folder with the MNIST files</source>
        <translation>Carpeta con los archivos de MNIST</translation>
    </message>
    <message>
        <source>MNIST Not Found</source>
        <translation>MNIST no encontrado</translation>
    </message>
    <message>
        <source>MNIST is not installed</source>
        <translation>MNIST no está instalado</translation>
    </message>
    <message>
        <source>Fashion-MNIST is installed (in %1) and works without this: choose it under Dataset on the left.</source>
        <translation>Fashion-MNIST está instalado (en %1) y funciona sin esto: elígelo en Conjunto de datos, a la izquierda.</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Comprobando la carpeta…</translation>
    </message>
    <message>
        <source>The folder “%1” does not hold the four MNIST files.</source>
        <translation>La carpeta «%1» no contiene los cuatro archivos de MNIST.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be used: %2</source>
        <translation>La carpeta «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>Problem with the chosen folder</source>
        <translation>Problema con la carpeta elegida</translation>
    </message>
    <message>
        <source>What is missing and how to get it</source>
        <translation>Qué falta y cómo conseguirlo</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>&amp;Locate Folder…</source>
        <translation>&amp;Buscar carpeta…</translation>
    </message>
    <message>
        <source>Locate a folder with the MNIST files</source>
        <translation>Buscar una carpeta con los archivos de MNIST</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>Descargar MNIST</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>Ahora &amp;no</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>MNIST Folder</source>
        <translation>Carpeta de MNIST</translation>
    </message>
    <message>
        <source>Where cnnlab reads MNIST</source>
        <translation>De dónde lee cnnlab MNIST</translation>
    </message>
    <message>
        <source>the four IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each possibly .gz)</source>
        <translation>los cuatro archivos IDX (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, cada uno posiblemente .gz)</translation>
    </message>
    <message>
        <source>Locate a folder that holds %1, or download a fresh copy (about 11 MB, checked against pinned SHA-256 checksums).</source>
        <translation>Elija una carpeta que contenga %1, o descargue una copia nueva (unos 11 MB, comprobada con sumas SHA-256 fijadas).</translation>
    </message>
    <message>
        <source>cnnlab trains on the MNIST handwritten digits, which were not found on this computer. Download them now (about 11 MB, checked against pinned SHA-256 checksums), or locate a folder that already holds %1.</source>
        <translation>cnnlab entrena con los dígitos manuscritos de MNIST, que no se encontraron en este ordenador. Descárguelos ahora (unos 11 MB, comprobados con sumas SHA-256 fijadas) o elija una carpeta que ya contenga %1.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DeviceCombo</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>The first GPU if there is one, else the CPU</source>
        <translation>La primera GPU si hay una; si no, la CPU</translation>
    </message>
    <message>
        <source>%1 — automatic (remote)</source>
        <translation>%1 — automático (remoto)</translation>
    </message>
    <message>
        <source>Trains on %1 through ssh: its first GPU if it has one, else its CPU</source>
        <translation>Entrena en %1 a través de ssh: su primera GPU si tiene una; si no, su CPU</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DigitCanvas</name>
    <message>
        <source>Drawing pad</source>
        <translation>Área de dibujo</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger</source>
        <translation>Dibuja un dígito con el ratón, un lápiz o un dedo</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DownloadDialog</name>
    <message>
        <source>Download MNIST</source>
        <translation>Descargar MNIST</translation>
    </message>
    <message>
        <source>cnnlab downloads the four MNIST files (about 11 MB) from %1, checks each against its SHA-256 checksum and installs them in %2.</source>
        <translation>cnnlab descarga los cuatro archivos de MNIST (unos 11 MB) desde %1, comprueba cada uno con su suma de comprobación SHA-256 y los instala en %2.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>What will be downloaded</source>
        <translation>Qué se va a descargar</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <source>Start the download</source>
        <translation>Iniciar la descarga</translation>
    </message>
    <message>
        <source>Cancel the download or close</source>
        <translation>Cancelar la descarga o cerrar</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Ready to download.</source>
        <translation>Listo para descargar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 MB</source>
        <translation>Descargando %1: %2 de %3 MB</translation>
    </message>
    <message>
        <source>Downloading %1: %2 MB</source>
        <translation>Descargando %1: %2 MB</translation>
    </message>
    <message>
        <source>Checking and installing…</source>
        <translation>Comprobando e instalando…</translation>
    </message>
    <message>
        <source>MNIST is installed in %1.</source>
        <translation>MNIST está instalado en %1.</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>La descarga ha fallado.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>Cancelado; no se ha instalado nada.</translation>
    </message>
    <message>
        <source>Download error</source>
        <translation>Error de descarga</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawPadPanel</name>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <source>Load &amp;Checkpoint…</source>
        <translation>Cargar &amp;punto de control…</translation>
    </message>
    <message>
        <source>Use the model saved by a finished run (checkpoint.pt)</source>
        <translation>Usar el modelo guardado por una ejecución terminada (checkpoint.pt)</translation>
    </message>
    <message>
        <source>Load checkpoint</source>
        <translation>Cargar punto de control</translation>
    </message>
    <message>
        <source>What the network sees (28 × 28)</source>
        <translation>Lo que ve la red (28 × 28)</translation>
    </message>
    <message>
        <source>The drawing as the network sees it</source>
        <translation>El dibujo tal como lo ve la red</translation>
    </message>
    <message>
        <source>The model thinks it is</source>
        <translation>El modelo cree que es</translation>
    </message>
    <message>
        <source>Probability of guess %1</source>
        <translation>Probabilidad de la respuesta %1</translation>
    </message>
    <message>
        <source>Cannot load the checkpoint “%1”: %2</source>
        <translation>No se puede cargar el punto de control «%1»: %2</translation>
    </message>
    <message>
        <source>Load Checkpoint</source>
        <translation>Cargar punto de control</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Puntos de control (*.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No model yet: press Start to train one (predictions appear after its first evaluation), or load a finished run&apos;s checkpoint.</source>
        <translation>Aún no hay modelo: pulsa Iniciar para entrenar uno (las predicciones aparecen tras su primera evaluación) o carga el punto de control de una ejecución terminada.</translation>
    </message>
    <message>
        <source>Model: checkpoint %1.</source>
        <translation>Modelo: punto de control %1.</translation>
    </message>
    <message>
        <source>Model: the run in progress, as of its last evaluation.</source>
        <translation>Modelo: la ejecución en curso, según su última evaluación.</translation>
    </message>
    <message>
        <source>Model: the last finished run.</source>
        <translation>Modelo: la última ejecución terminada.</translation>
    </message>
    <message>
        <source>Draw a digit in the box.</source>
        <translation>Dibuja un dígito en el recuadro.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ExperimentsController</name>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Sweep Results</source>
        <translation>Resultados del barrido</translation>
    </message>
    <message>
        <source>&amp;Runs Panel</source>
        <translation>Panel de &amp;ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>S&amp;weep Results</source>
        <translation>Resultados del &amp;barrido</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperimentos</translation>
    </message>
    <message>
        <source>&amp;Reproduce the Lab…</source>
        <translation>&amp;Reproducir el laboratorio…</translation>
    </message>
    <message>
        <source>Reproduce the Lab…</source>
        <translation>Reproducir el laboratorio…</translation>
    </message>
    <message>
        <source>Queue the lab&apos;s four configurations over several seeds and judge its claims</source>
        <translation>Poner en cola las cuatro configuraciones del laboratorio con varias semillas y juzgar sus afirmaciones</translation>
    </message>
    <message>
        <source>&amp;Sweep…</source>
        <translation>&amp;Barrido…</translation>
    </message>
    <message>
        <source>Queue a grid of learning rates, batch sizes and dropout settings</source>
        <translation>Poner en cola una cuadrícula de tasas de aprendizaje, tamaños de batch y ajustes de dropout</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>&amp;Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Compare the runs checked (or selected) in the runs panel</source>
        <translation>Comparar las ejecuciones marcadas (o seleccionadas) en el panel de ejecuciones</translation>
    </message>
    <message>
        <source>&amp;X Axis</source>
        <translation>Eje &amp;X</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>É&amp;pocas</translation>
    </message>
    <message>
        <source>Optimizer &amp;Steps</source>
        <translation>Pasos del &amp;optimizador</translation>
    </message>
    <message>
        <source>&amp;Images Seen</source>
        <translation>&amp;Imágenes vistas</translation>
    </message>
    <message>
        <source>Training &amp;Time</source>
        <translation>&amp;Tiempo de entrenamiento</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation>Pasos del optimizador</translation>
    </message>
    <message>
        <source>Images seen</source>
        <translation>Imágenes vistas</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <source>X axis of the charts</source>
        <translation>Eje X de los gráficos</translation>
    </message>
    <message>
        <source>What the charts&apos; x axis counts, for the live run and the overlays</source>
        <translation>Qué cuenta el eje X de los gráficos, para la ejecución en directo y las superpuestas</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>Eje &amp;X:</translation>
    </message>
    <message>
        <source>Reproduce the lab</source>
        <translation>Reproducir el laboratorio</translation>
    </message>
    <message>
        <source>The run could not be saved to the run history. It is still shown; File ▸ Save Run Record… keeps it.</source>
        <translation>No se pudo guardar la ejecución en el historial de ejecuciones. Se sigue mostrando; Archivo ▸ Guardar registro de ejecución… la conserva.</translation>
    </message>
    <message>
        <source>The run could not be saved to the run history: %1 It is still shown; File ▸ Save Run Record… keeps it elsewhere.</source>
        <translation>No se pudo guardar la ejecución en el historial de ejecuciones: %1 Se sigue mostrando; Archivo ▸ Guardar registro de ejecución… la guarda en otro lugar.</translation>
    </message>
    <message>
        <source>The run is in the run history, but its trained model could not be saved: %1</source>
        <translation>La ejecución está en el historial de ejecuciones, pero no se pudo guardar su modelo entrenado: %1</translation>
    </message>
    <message>
        <source>Saved to the run history: %1</source>
        <translation>Guardada en el historial de ejecuciones: %1</translation>
    </message>
    <message>
        <source>Queue: starting %1 (%2 of %3)</source>
        <translation>Cola: iniciando %1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ExplainDocks</name>
    <message>
        <source>E&amp;xplain</source>
        <translation>Ex&amp;plicar</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Confusion Matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Draw a Digit</source>
        <translation>Dibujar un dígito</translation>
    </message>
    <message>
        <source>Filters and Feature Maps</source>
        <translation>Filtros y mapas de características</translation>
    </message>
    <message>
        <source>Plain-language notes on the curves: overfitting, stalling, divergence, the best epoch</source>
        <translation>Notas en lenguaje sencillo sobre las curvas: sobreajuste, estancamiento, divergencia, la mejor época</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Write the run&apos;s charts, settings, coach notes and confusion matrix as an HTML page or a PDF</source>
        <translation>Guardar los gráficos, ajustes, notas del tutor y matriz de confusión de la ejecución como página HTML o PDF</translation>
    </message>
    <message>
        <source>There is no run to report on yet: train one or open a run record.</source>
        <translation>Aún no hay ninguna ejecución sobre la que informar: entrena una o abre un registro de ejecución.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation>Página web (*.html);;Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FileLocations</name>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FiltersPanel</name>
    <message>
        <source>Red: positive weights, blue: negative. Each filter slides over the image and responds to a small pattern such as an edge in one direction.</source>
        <translation>Rojo: pesos positivos; azul: negativos. Cada filtro se desliza sobre la imagen y responde a un patrón pequeño, como un borde en una dirección.</translation>
    </message>
    <message>
        <source>&amp;Digit:</source>
        <translation>&amp;Dígito:</translation>
    </message>
    <message>
        <source>Digit whose feature maps are shown</source>
        <translation>Dígito cuyos mapas de características se muestran</translation>
    </message>
    <message>
        <source>The chosen digit</source>
        <translation>El dígito elegido</translation>
    </message>
    <message>
        <source>No model yet: train one or load a checkpoint in the drawing pad.</source>
        <translation>Aún no hay modelo: entrena uno o carga un punto de control en el área de dibujo.</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>Filtros de la primera capa</translation>
    </message>
    <message>
        <source>Layer 1 feature maps</source>
        <translation>Mapas de características de la capa 1</translation>
    </message>
    <message>
        <source>Layer 2 feature maps</source>
        <translation>Mapas de características de la capa 2</translation>
    </message>
    <message>
        <source>Sample %1 (%2)</source>
        <translation>Muestra %1 (%2)</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Tu dibujo</translation>
    </message>
    <message>
        <source>Filters and feature maps</source>
        <translation>Filtros y mapas de características</translation>
    </message>
    <message>
        <source>First layer: %1 learned %2 × %2 filters</source>
        <translation>Primera capa: %1 filtros aprendidos de %2 × %2</translation>
    </message>
    <message>
        <source>Layer 1: what each of the %1 filters sees in it (%2 × %2)</source>
        <translation>Capa 1: lo que ve en él cada uno de los %1 filtros (%2 × %2)</translation>
    </message>
    <message>
        <source>Layer 2: %1 feature maps built from those (%2 × %2)</source>
        <translation>Capa 2: %1 mapas de características construidos a partir de esos (%2 × %2)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::KeyboardShortcuts</name>
    <message>
        <source>&amp;Increase Learning Rate</source>
        <translation>&amp;Aumentar la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Decrease Learning Rate</source>
        <translation>Dis&amp;minuir la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Lar&amp;ger Batch</source>
        <translation>Batch más &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller Batch</source>
        <translation>Batch más pe&amp;queño</translation>
    </message>
    <message>
        <source>Toggle Dr&amp;opout</source>
        <translation>Activar/desactivar dr&amp;opout</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Start; while running: pause or resume</source>
        <translation>Iniciar; durante una ejecución: pausar o reanudar</translation>
    </message>
    <message>
        <source>Stop the run or replay; in presenter mode with nothing running: leave presenter mode</source>
        <translation>Detener la ejecución o la reproducción; en modo presentación sin nada en marcha: salir del modo presentación</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::LabDialog</name>
    <message>
        <source>Reproduce the Lab</source>
        <translation>Reproducir el laboratorio</translation>
    </message>
    <message>
        <source>Trains the lab&apos;s four configurations — no dropout, dropout, batch size 1000 and learning rate 0.01 — once per seed, one after the other, then judges each of the lab&apos;s claims against the noise between seeds.</source>
        <translation>Entrena las cuatro configuraciones del laboratorio (sin dropout, con dropout, tamaño de batch 1000 y tasa de aprendizaje 0,01) una vez por semilla, una tras otra, y después juzga cada afirmación del laboratorio frente al ruido entre semillas.</translation>
    </message>
    <message>
        <source>&amp;Seeds per configuration:</source>
        <translation>&amp;Semillas por configuración:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <source>Training &amp;images:</source>
        <translation>&amp;Imágenes de entrenamiento:</translation>
    </message>
    <message>
        <source>Seeds per configuration</source>
        <translation>Semillas por configuración</translation>
    </message>
    <message>
        <source>More seeds tell a real difference from luck; 3 is a good start</source>
        <translation>Con más semillas se distingue una diferencia real de la suerte; 3 es un buen comienzo</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>All 60,000 (the lab)</source>
        <translation>Las 60&#xa0;000 (el laboratorio)</translation>
    </message>
    <message>
        <source>Quick: the first 10,000</source>
        <translation>Rápido: las primeras 10&#xa0;000</translation>
    </message>
    <message>
        <source>Queue Runs</source>
        <translation>Poner en cola</translation>
    </message>
    <message>
        <source>Queue the lab&apos;s runs</source>
        <translation>Poner en cola las ejecuciones del laboratorio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of %1 epoch(s) each.</source>
        <translation>
            <numerusform>%n ejecución de %1 época(s).</numerusform>
            <numerusform>%n ejecuciones de %1 época(s) cada una.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MainWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start training with the settings on the left (Space)</source>
        <translation>Iniciar el entrenamiento con los ajustes de la izquierda (Espacio)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the run after the current step (Esc)</source>
        <translation>Detener la ejecución tras el paso actual (Esc)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Clear the charts and predictions (Ctrl+R)</source>
        <translation>Borrar los gráficos y las predicciones (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Full Range</source>
        <translation>Rango &amp;completo</translation>
    </message>
    <message>
        <source>Show the whole range of values instead of zooming in on recent ones</source>
        <translation>Mostrar todo el rango de valores en lugar de ampliar los más recientes</translation>
    </message>
    <message>
        <source>&amp;Open Run Record…</source>
        <translation>&amp;Abrir registro de ejecución…</translation>
    </message>
    <message>
        <source>&amp;Save Run Record…</source>
        <translation>&amp;Guardar registro de ejecución…</translation>
    </message>
    <message>
        <source>Save the last run as run.json (the format cnnlab-train writes)</source>
        <translation>Guardar la última ejecución como run.json (el formato que escribe cnnlab-train)</translation>
    </message>
    <message>
        <source>Batch size %1 applies from the next epoch.</source>
        <translation>El tamaño de batch %1 se aplica a partir de la época siguiente.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Accuracy Chart</source>
        <translation>Gráfico de &amp;exactitud</translation>
    </message>
    <message>
        <source>&amp;Loss Chart</source>
        <translation>Gráfico de &amp;pérdida</translation>
    </message>
    <message>
        <source>&amp;Both Charts</source>
        <translation>&amp;Ambos gráficos</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>Imagen PNG…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>Dibujo SVG…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>Documento PDF…</translation>
    </message>
    <message>
        <source>CSV Data…</source>
        <translation>Datos CSV…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>&amp;Lab Defaults</source>
        <translation>Valores del &amp;laboratorio</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About cnnlab</source>
        <translation>&amp;Acerca de cnnlab</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>cnnlab — CNN workbench</source>
        <translation>cnnlab — banco de trabajo de CNN</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation>No se pudo cargar la traducción de este idioma.</translation>
    </message>
    <message>
        <source>Stopping the run…</source>
        <translation>Deteniendo la ejecución…</translation>
    </message>
    <message>
        <source>Finished. Epochs: %1, training time: %2, validation accuracy: %3, validation loss: %4.</source>
        <translation>Terminado. Épocas: %1, tiempo de entrenamiento: %2, exactitud de validación: %3, pérdida de validación: %4.</translation>
    </message>
    <message>
        <source>Stopped at epoch %1 after %2 of training.</source>
        <translation>Detenido en la época %1 tras %2 de entrenamiento.</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1: the loss is no longer a finite number. Try a smaller learning rate (now %2).</source>
        <translation>El entrenamiento divergió en la época %1: la pérdida ya no es un número finito. Prueba con una tasa de aprendizaje menor (ahora %2).</translation>
    </message>
    <message>
        <source>Replay of “%1” %2 at epoch %3. Recorded result: %4, validation accuracy %5.</source>
        <translation>Reproducción de «%1» %2 en la época %3. Resultado registrado: %4, exactitud de validación %5.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Continue training (Space)</source>
        <translation>Continuar el entrenamiento (Espacio)</translation>
    </message>
    <message>
        <source>Pause after the current step (Space)</source>
        <translation>Pausar tras el paso actual (Espacio)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>There is no finished run to save.</source>
        <translation>No hay ninguna ejecución terminada que guardar.</translation>
    </message>
    <message>
        <source>Stop the current run before opening another one.</source>
        <translation>Detén la ejecución actual antes de abrir otra.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Showing the saved run “%1” (%2, validation accuracy %3). Start trains anew with the settings on the left.</source>
        <translation>Mostrando la ejecución guardada «%1» (%2, exactitud de validación %3). Iniciar vuelve a entrenar con los ajustes de la izquierda.</translation>
    </message>
    <message>
        <source>Open Run Record</source>
        <translation>Abrir registro de ejecución</translation>
    </message>
    <message>
        <source>Run records (*.json);;All files (*)</source>
        <translation>Registros de ejecución (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Run Record</source>
        <translation>Guardar registro de ejecución</translation>
    </message>
    <message>
        <source>Run records (*.json)</source>
        <translation>Registros de ejecución (*.json)</translation>
    </message>
    <message>
        <source>About cnnlab</source>
        <translation>Acerca de cnnlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cnnlab %1&lt;/h3&gt;&lt;p&gt;A workbench for training the lab&apos;s convolutional network on MNIST in front of a class.&lt;/p&gt;&lt;p&gt;Qt %2%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cnnlab %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para entrenar la red convolucional del laboratorio con MNIST delante de una clase.&lt;/p&gt;&lt;p&gt;Qt %2%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run settings</source>
        <translation>Ajustes de la ejecución</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>Re&amp;play Run…</source>
        <translation>Re&amp;producir ejecución…</translation>
    </message>
    <message>
        <source>Play a saved run.json back as if it were training now, without training</source>
        <translation>Reproducir un run.json guardado como si se estuviera entrenando ahora, sin entrenar</translation>
    </message>
    <message>
        <source>Stop the current run before replaying another one.</source>
        <translation>Detén la ejecución actual antes de reproducir otra.</translation>
    </message>
    <message>
        <source>“%1” has no recorded training to replay.</source>
        <translation>«%1» no tiene ningún entrenamiento registrado que reproducir.</translation>
    </message>
    <message>
        <source>Replaying the saved run “%1”: nothing is training; the figures are the recorded ones.</source>
        <translation>Reproduciendo la ejecución guardada «%1»: no se está entrenando nada; las cifras son las registradas.</translation>
    </message>
    <message>
        <source>Replay Run</source>
        <translation>Reproducir ejecución</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the validation loss had stopped improving. The model keeps the weights of the best epoch, %2 (validation accuracy %3).</source>
        <translation>Parada temprana tras la época %1: la pérdida de validación había dejado de mejorar. El modelo conserva los pesos de la mejor época, %2 (precisión de validación %3).</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MapGrid</name>
    <message>
        <source>Filter %1</source>
        <translation>Filtro %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MetricsChart</name>
    <message>
        <source>Chart of %1 against epochs. Context menu: export as image or CSV, full range.</source>
        <translation>Gráfico de %1 frente a las épocas. Menú contextual: exportar como imagen o CSV, rango completo.</translation>
    </message>
    <message>
        <source>%1 — zoomed</source>
        <extracomment>Axis title while the y axis shows only the recent values; %1 is the title (&quot;Accuracy (%)&quot;)</extracomment>
        <translation>%1 — ampliado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4</source>
        <extracomment>Chart tooltip: series name, what x is (&quot;epoch&quot;, &quot;step&quot;, ...) and where, value</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exportar como SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>Exportar datos como CSV…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Full Range</source>
        <translation>Rango completo</translation>
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
        <translation>Imagen %1: clase real %2, predicha %3</translation>
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
        <translation>Imágenes mal clasificadas, primero las de mayor confianza</translation>
    </message>
    <message>
        <source>The misclassified validation images appear after the first full evaluation.</source>
        <translation>Las imágenes de validación mal clasificadas aparecen tras la primera evaluación completa.</translation>
    </message>
    <message>
        <source>%1 mistakes; the %2 the network was surest about, most confident first.</source>
        <translation>%1 errores; los %2 de los que la red estaba más segura, primero los de mayor confianza.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MnistDownloader</name>
    <message>
        <source>no download address is configured</source>
        <translation>no hay ninguna dirección de descarga configurada</translation>
    </message>
    <message>
        <source>Refused to download from “%1”: cnnlab downloads only over https:// (plain http:// only from this computer itself). Nothing was installed.</source>
        <translation>Se rechazó descargar desde «%1»: cnnlab solo descarga por https:// (http:// sin cifrar solo desde este mismo equipo). No se ha instalado nada.</translation>
    </message>
    <message>
        <source>Could not download %1 from %2: %3. Check the internet connection and try again. Nothing was installed.</source>
        <translation>No se pudo descargar %1 desde %2: %3. Comprueba la conexión a internet y vuelve a intentarlo. No se ha instalado nada.</translation>
    </message>
    <message>
        <source>The server %1 answered “%2 %3” for %4. Nothing was installed.</source>
        <translation>El servidor %1 respondió «%2 %3» para %4. No se ha instalado nada.</translation>
    </message>
    <message>
        <source>Downloading %1 from %2 stopped: no data arrived for %3 seconds. Nothing was installed.</source>
        <translation>La descarga de %1 desde %2 se detuvo: no llegaron datos durante %3 segundos. No se ha instalado nada.</translation>
    </message>
    <message>
        <source>The download of %1 from %2 ended early (%3 of %4 bytes). Try again; nothing was installed.</source>
        <translation>La descarga de %1 desde %2 terminó antes de tiempo (%3 de %4 bytes). Vuelve a intentarlo; no se ha instalado nada.</translation>
    </message>
    <message>
        <source>%1 from %2 is larger than any MNIST file (more than %3 MB), so the download was stopped. Nothing was installed.</source>
        <translation>%1 desde %2 es mayor que cualquier archivo de MNIST (más de %3 MB), así que se detuvo la descarga. No se ha instalado nada.</translation>
    </message>
    <message>
        <source>%1 from %2 is not a complete gzip file (damaged or cut short). Try again; nothing was installed.</source>
        <translation>%1 desde %2 no es un archivo gzip completo (está dañado o cortado). Vuelve a intentarlo; no se ha instalado nada.</translation>
    </message>
    <message>
        <source>%1 from %2 does not have the expected SHA-256 checksum: it is damaged or a different version of MNIST. Nothing was installed.</source>
        <translation>%1 desde %2 no tiene la suma de comprobación SHA-256 esperada: está dañado o es otra versión de MNIST. No se ha instalado nada.</translation>
    </message>
    <message>
        <source>Could not save MNIST in “%1”: %2</source>
        <translation>No se pudo guardar MNIST en «%1»: %2</translation>
    </message>
    <message>
        <source>%1 (All %2 download addresses failed; this was the last one.)</source>
        <translation>%1 (Fallaron las %2 direcciones de descarga; esta era la última.)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::NetworkControls</name>
    <message>
        <source>Conv blocks:</source>
        <translation>Bloques conv.:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>Nú&amp;cleo:</translation>
    </message>
    <message>
        <source>Dense &amp;units:</source>
        <translation>&amp;Unidades densas:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Activación:</translation>
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
        <translation>Normalización por lotes</translation>
    </message>
    <message>
        <source>Convolution layers before the max-pool: the lab has two</source>
        <translation>Capas de convolución antes del max-pooling: el laboratorio tiene dos</translation>
    </message>
    <message>
        <source>Filters of the first convolution; each further block doubles them (the lab: 32, 64)</source>
        <translation>Filtros de la primera convolución; cada bloque siguiente los duplica (en el laboratorio: 32, 64)</translation>
    </message>
    <message>
        <source>Size of each convolution&apos;s window</source>
        <translation>Tamaño de la ventana de cada convolución</translation>
    </message>
    <message>
        <source>Units of the dense layer before the output (the lab: 128)</source>
        <translation>Unidades de la capa densa antes de la salida (en el laboratorio: 128)</translation>
    </message>
    <message>
        <source>ReLU trains deep networks well; with tanh or sigmoid the gradient fades through the layers (the vanishing-gradient lesson)</source>
        <translation>ReLU entrena bien redes profundas; con tanh o sigmoide el gradiente se desvanece a través de las capas (la lección del gradiente que se desvanece)</translation>
    </message>
    <message>
        <source>Normalize each layer&apos;s outputs over the batch: trains faster and takes higher learning rates</source>
        <translation>Normaliza las salidas de cada capa sobre el lote: entrena más rápido y admite tasas de aprendizaje más altas</translation>
    </message>
    <message>
        <source>Trainable weights, and the arithmetic of one image&apos;s forward pass (one multiply-add counts as two operations)</source>
        <translation>Pesos entrenables y el cálculo de la pasada hacia delante de una imagen (una multiplicación-suma cuenta como dos operaciones)</translation>
    </message>
    <message>
        <source>Convolution blocks</source>
        <translation>Bloques de convolución</translation>
    </message>
    <message>
        <source>Filters of the first block</source>
        <translation>Filtros del primer bloque</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Tamaño del núcleo</translation>
    </message>
    <message>
        <source>Dense units</source>
        <translation>Unidades densas</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Tamaño del modelo</translation>
    </message>
    <message>
        <source>%1 parameters · %2 million FLOPs per image</source>
        <extracomment>Model size: %1 trainable parameters, %2 million floating-point operations per image</extracomment>
        <translation>%1 parámetros · %2 millones de FLOPs por imagen</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::OptimizerControls</name>
    <message>
        <source>Momentum:</source>
        <translation>Momento:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Momento de Nesterov</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Decaimiento escalonado</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>One-cycle (warm-up)</source>
        <translation>Un ciclo (con calentamiento)</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum: how much of the last step carries into the next</source>
        <translation>El momento de SGD: cuánto del último paso se traslada al siguiente</translation>
    </message>
    <message>
        <source>Look ahead along the momentum before taking the gradient</source>
        <translation>Mirar adelante en la dirección del momento antes de tomar el gradiente</translation>
    </message>
    <message>
        <source>How the learning rate moves over the run: constant (the lab), halved every few epochs, a cosine down to zero, or one cycle that warms up first</source>
        <translation>Cómo cambia la tasa de aprendizaje durante el entrenamiento: constante (el laboratorio), a la mitad cada pocas épocas, un coseno hasta cero o un ciclo que primero se calienta</translation>
    </message>
    <message>
        <source>The learning rate over the run, from the first epoch to the last</source>
        <translation>La tasa de aprendizaje a lo largo del entrenamiento, de la primera época a la última</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Learning-rate schedule curve</source>
        <translation>Curva del programa de la tasa de aprendizaje</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PredictionsGrid</name>
    <message>
        <source>Sample predictions</source>
        <translation>Predicciones de muestra</translation>
    </message>
    <message>
        <source>Sample predictions — appear when training starts</source>
        <translation>Predicciones de muestra — aparecen cuando empieza el entrenamiento</translation>
    </message>
    <message>
        <source>Sample predictions — waiting for the first evaluation</source>
        <translation>Predicciones de muestra — esperando la primera evaluación</translation>
    </message>
    <message>
        <source>Sample predictions — %1 of %2 correct</source>
        <translation>Predicciones de muestra — %1 de %2 correctas</translation>
    </message>
    <message>
        <source>Sample digits appear when training starts.</source>
        <translation>Los dígitos de muestra aparecen cuando empieza el entrenamiento.</translation>
    </message>
    <message>
        <source>True class: %1&lt;br&gt;No prediction yet.</source>
        <translation>Clase real: %1&lt;br&gt;Aún no hay predicción.</translation>
    </message>
    <message>
        <source>True class: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Clase real: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicha: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1. %2 — %3</source>
        <translation>&lt;br&gt;%1. %2 — %3</translation>
    </message>
    <message>
        <source>Sample predictions — %1 of %2 shown correct (%3 more hidden: enlarge this panel)</source>
        <translation>Predicciones de muestra — %1 de %2 mostradas correctas (%3 más ocultas: amplíe este panel)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, large text and thick chart lines for the room (F11)</source>
        <translation>Pantalla completa, texto grande y líneas de gráfico gruesas para el aula (F11)</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>&amp;High Contrast While Presenting</source>
        <translation>Alto &amp;contraste al presentar</translation>
    </message>
    <message>
        <source>Hide &amp;Advanced Controls While Presenting</source>
        <translation>Ocultar controles a&amp;vanzados al presentar</translation>
    </message>
    <message>
        <source>Keep learning rate, dropout, batch size and epochs; hide seed, optimizer, data, device and cost</source>
        <translation>Mantener tasa de aprendizaje, dropout, tamaño de batch y épocas; ocultar semilla, optimizador, datos, dispositivo y coste</translation>
    </message>
    <message>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>Colores aptos para &amp;daltónicos</translation>
    </message>
    <message>
        <source>Okabe–Ito colours for the chart lines and the prediction verdicts</source>
        <translation>Colores Okabe–Ito para las líneas de los gráficos y los veredictos de las predicciones</translation>
    </message>
    <message>
        <source>Presenter &amp;Options</source>
        <translation>&amp;Opciones de presentación</translation>
    </message>
    <message>
        <source>Presenter mode: F11 or Esc (when no run is active) leaves it.</source>
        <translation>Modo presentación: F11 o Esc (si no hay ninguna ejecución activa) para salir.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::QueuePanel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>Exact. val.</translation>
    </message>
    <message>
        <source>Experiment queue</source>
        <translation>Cola de experimentos</translation>
    </message>
    <message>
        <source>Pause the queue</source>
        <translation>Pausar la cola</translation>
    </message>
    <message>
        <source>Let the current run finish, then start no new one</source>
        <translation>Dejar que termine la ejecución actual y no iniciar ninguna nueva</translation>
    </message>
    <message>
        <source>Stop Run</source>
        <translation>Detener ejecución</translation>
    </message>
    <message>
        <source>Stop the current run</source>
        <translation>Detener la ejecución actual</translation>
    </message>
    <message>
        <source>Stop the current run; it goes back to pending and the queue pauses</source>
        <translation>Detener la ejecución actual; vuelve a quedar pendiente y la cola se pausa</translation>
    </message>
    <message>
        <source>Clear Pending</source>
        <translation>Borrar pendientes</translation>
    </message>
    <message>
        <source>Clear the pending runs</source>
        <translation>Borrar las ejecuciones pendientes</translation>
    </message>
    <message>
        <source>Drop every run that has not started</source>
        <translation>Quitar todas las ejecuciones que aún no han empezado</translation>
    </message>
    <message>
        <source>The queue is empty. Experiments ▸ Reproduce the Lab or Sweep fill it.</source>
        <translation>La cola está vacía. Experimentos ▸ Reproducir el laboratorio o Barrido la llenan.</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 pending</source>
        <translation>%1 de %2 terminadas, %3 pendientes</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Continue Queue</source>
        <translation>Continuar la cola</translation>
    </message>
    <message>
        <source>Pause Queue</source>
        <translation>Pausar la cola</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RegularizationControls</name>
    <message>
        <source>Regularization</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>Weight decay (L2):</source>
        <translation>Decaimiento de pesos (L2):</translation>
    </message>
    <message>
        <source>L1 penalty:</source>
        <translation>Penalización L1:</translation>
    </message>
    <message>
        <source>Label smoothing:</source>
        <translation>Suavizado de etiquetas:</translation>
    </message>
    <message>
        <source>Shift images:</source>
        <translation>Desplazar imágenes:</translation>
    </message>
    <message>
        <source>Rotate images:</source>
        <translation>Rotar imágenes:</translation>
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
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Data augmentation: move each training image by up to this many pixels, a new random shift every batch, so the network cannot memorize positions</source>
        <translation>Aumento de datos: desplazar cada imagen de entrenamiento hasta tantos píxeles, al azar en cada lote, para que la red no memorice posiciones</translation>
    </message>
    <message>
        <source>Data augmentation: turn each training image by up to this many degrees</source>
        <translation>Aumento de datos: girar cada imagen de entrenamiento hasta tantos grados</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs, and keep the weights of the best epoch</source>
        <translation>Parar cuando la pérdida de validación no haya mejorado durante tantas épocas y conservar los pesos de la mejor época</translation>
    </message>
    <message>
        <source>Augmentation shift</source>
        <translation>Desplazamiento de aumento de datos</translation>
    </message>
    <message>
        <source>Augmentation rotation</source>
        <translation>Rotación de aumento de datos</translation>
    </message>
    <message>
        <source>Early-stopping patience</source>
        <translation>Paciencia de la parada temprana</translation>
    </message>
    <message>
        <source>AdamW&apos;s decoupled weight decay: each step shrinks every weight a little, apart from the gradient (nothing is added to the loss). 0 turns it off.</source>
        <translation>Decaimiento de pesos desacoplado de AdamW: cada paso reduce un poco cada peso, aparte del gradiente (no se añade nada a la pérdida). 0 lo desactiva.</translation>
    </message>
    <message>
        <source>An L2 penalty on the weights added to the loss, as Keras&apos; kernel regularizer: large weights cost more, so the network stays simpler. 0 turns it off.</source>
        <translation>Una penalización L2 sobre los pesos añadida a la pérdida, como el regularizador de núcleo de Keras: los pesos grandes cuestan más y la red se mantiene más simple. 0 la desactiva.</translation>
    </message>
    <message>
        <source>An L1 penalty on the weights added to the loss: it pushes many weights to exactly zero. 0 turns it off.</source>
        <translation>Una penalización L1 sobre los pesos añadida a la pérdida: lleva muchos pesos exactamente a cero. 0 la desactiva.</translation>
    </message>
    <message>
        <source>Train against slightly softened targets (the right class gets a little less than 100 %), so the network is less overconfident</source>
        <translation>Entrenar con objetivos ligeramente suavizados (la clase correcta recibe algo menos del 100 %), para que la red sea menos confiada en exceso</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>Penalización L1</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>Suavizado de etiquetas</translation>
    </message>
    <message>
        <source>Early-stop patience:</source>
        <translation>Paciencia (parada temprana):</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> épocas</translation>
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
        <translation>MNIST está instalado allí.</translation>
    </message>
    <message>
        <source>MNIST is not installed there yet.</source>
        <translation>MNIST aún no está instalado allí.</translation>
    </message>
    <message>
        <source>Remote Machines</source>
        <translation>Máquinas remotas</translation>
    </message>
    <message>
        <source>Train on another machine through ssh: a school GPU server or a cloud instance with cnnlab installed. cnnlab uses your ssh setup (~/.ssh/config aliases, keys, agent) and never asks for a password: test the connection in a terminal first (ssh DESTINATION). Nothing keeps running there after a run ends.</source>
        <translation>Entrene en otra máquina a través de ssh: un servidor con GPU de la escuela o una instancia en la nube con cnnlab instalado. cnnlab usa su configuración de ssh (alias de ~/.ssh/config, claves, agente) y nunca pide una contraseña: pruebe primero la conexión en una terminal (ssh DESTINO). Al terminar una ejecución no queda nada en marcha allí.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>SSH destination</source>
        <translation>Destino SSH</translation>
    </message>
    <message>
        <source>cnnlab-train there (optional)</source>
        <translation>cnnlab-train allí (opcional)</translation>
    </message>
    <message>
        <source>$ per hour</source>
        <translation>$ por hora</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>gpu-server</source>
        <translation>gpu-server</translation>
    </message>
    <message>
        <source>Enter the ssh destination first (an alias from ~/.ssh/config, or user@host).</source>
        <translation>Introduzca primero el destino ssh (un alias de ~/.ssh/config o usuario@host).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>Conectado. %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RemoteSetup</name>
    <message>
        <source>Copying MNIST to %1: %2 of %3 MB…</source>
        <translation>Copiando MNIST a %1: %2 de %3 MB…</translation>
    </message>
    <message>
        <source>Remote &amp;Machines…</source>
        <translation>&amp;Máquinas remotas…</translation>
    </message>
    <message>
        <source>Machines to train on through ssh: a GPU server, a cloud instance</source>
        <translation>Máquinas en las que entrenar a través de ssh: un servidor con GPU, una instancia en la nube</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>%1 is ready: %2</source>
        <translation>%1 está lista: %2</translation>
    </message>
    <message>
        <source>Copy MNIST to %1?</source>
        <translation>¿Copiar MNIST a %1?</translation>
    </message>
    <message>
        <source>%1 has no MNIST yet. Copy this machine&apos;s verified copy there (about 55 MB over ssh)? It is checked against its SHA-256 checksums there.</source>
        <translation>%1 aún no tiene MNIST. ¿Copiar allí la copia verificada de esta máquina (unos 55 MB por ssh)? Allí se comprueba con sus sumas SHA-256.</translation>
    </message>
    <message>
        <source>MNIST is installed on %1 and verified.</source>
        <translation>MNIST está instalado en %1 y verificado.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ReplayBar</name>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>How many times faster than recorded the run plays, 1 to 50</source>
        <translation>Cuántas veces más rápido que en la grabación se reproduce la ejecución, de 1 a 50</translation>
    </message>
    <message>
        <source>Replay speed: 1× is as recorded</source>
        <translation>Velocidad de reproducción: 1× es tal como se grabó</translation>
    </message>
    <message>
        <source>REPLAY %1×</source>
        <translation>REPRODUCCIÓN %1×</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>reproducción</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunStatePill</name>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>Cargando datos…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Viewing %1</source>
        <translation>Viendo %1</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Reproducción en pausa</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Reproducción terminada</translation>
    </message>
    <message>
        <source>Replay stopped</source>
        <translation>Reproducción detenida</translation>
    </message>
    <message>
        <source>Run state: %1</source>
        <translation>Estado de la ejecución: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunStatusBar</name>
    <message>
        <source>Epoch in progress and optimizer steps so far</source>
        <translation>Época en curso y pasos del optimizador hasta ahora</translation>
    </message>
    <message>
        <source>Training images per second</source>
        <translation>Imágenes de entrenamiento por segundo</translation>
    </message>
    <message>
        <source>Time since Start, pauses and data loading included (the machine is billed for it)</source>
        <translation>Tiempo desde Iniciar, incluidas las pausas y la carga de datos (la máquina se factura igualmente)</translation>
    </message>
    <message>
        <source>Estimated training time left, at the recent speed</source>
        <translation>Tiempo de entrenamiento restante estimado, al ritmo reciente</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>Época –</translation>
    </message>
    <message>
        <source>– images/s</source>
        <translation>– imágenes/s</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>Restante –</translation>
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation>%1 en la época %2</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Transcurrido %1</translation>
    </message>
    <message>
        <source>Cost – (replay)</source>
        <translation>Coste – (reproducción)</translation>
    </message>
    <message>
        <source>A replay trains nothing and costs nothing; the recorded run cost %1 up to here at %2 per hour</source>
        <translation>Una reproducción no entrena nada y no cuesta nada; la ejecución grabada costó %1 hasta aquí a %2 por hora</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Coste %1</translation>
    </message>
    <message>
        <source>Elapsed time × %1 per hour (set in the Cost meter box)</source>
        <translation>Tiempo transcurrido × %1 por hora (se ajusta en el recuadro Medidor de coste)</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Training on %1 through ssh (%2); it stops there when the run ends or this window closes</source>
        <translation>Entrenando en %1 a través de ssh (%2); se detiene allí cuando termina la ejecución o se cierra esta ventana</translation>
    </message>
    <message>
        <source>Where the model trains</source>
        <translation>Dónde se entrena el modelo</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · step %3</source>
        <translation>Época %1 de %2 · paso %3</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 imágenes/s</translation>
    </message>
    <message>
        <source>ETA done</source>
        <translation>Sin tiempo restante</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restante %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunTargetPicker</name>
    <message>
        <source>Give the cluster&apos;s shared folder as an absolute path (home or scratch, where the compute nodes see it too).</source>
        <translation>Indique la carpeta compartida del clúster como ruta absoluta (home o scratch, donde también la vean los nodos de cálculo).</translation>
    </message>
    <message>
        <source>Write the time limit as HH:MM:SS.</source>
        <translation>Escriba el límite de tiempo como HH:MM:SS.</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Esta máquina</translation>
    </message>
    <message>
        <source>%1, one run after another</source>
        <translation>%1, una ejecución tras otra</translation>
    </message>
    <message>
        <source>Slurm cluster through %1</source>
        <translation>Clúster Slurm a través de %1</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>Ejecutar e&amp;n:</translation>
    </message>
    <message>
        <source>Shared folder:</source>
        <translation>Carpeta compartida:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partición:</translation>
    </message>
    <message>
        <source>GPUs per task:</source>
        <translation>GPU por tarea:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Límite de tiempo:</translation>
    </message>
    <message>
        <source>/home/you/cnnlab-runs (seen by every node)</source>
        <translation>/home/usted/cnnlab-runs (visible en todos los nodos)</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>el predeterminado del clúster</translation>
    </message>
    <message>
        <source>HH:MM:SS (the partition&apos;s default)</source>
        <translation>HH:MM:SS (el predeterminado de la partición)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Remote machines and clusters are set up in Run ▸ Remote Machines…</source>
        <translation>Las máquinas remotas y los clústeres se configuran en Ejecución ▸ Máquinas remotas…</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>Exact. entr.</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>Exact. val.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Ejecuciones guardadas</translation>
    </message>
    <message>
        <source>Check runs to draw them on the charts. F2 renames, Delete moves to the trash.</source>
        <translation>Marca ejecuciones para dibujarlas en los gráficos. F2 cambia el nombre, Supr las mueve a la papelera.</translation>
    </message>
    <message>
        <source>Run history actions</source>
        <translation>Acciones del historial de ejecuciones</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the checked runs (or the selected ones) in a table</source>
        <translation>Comparar en una tabla las ejecuciones marcadas (o las seleccionadas)</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Set the controls to this run&apos;s settings and start it again</source>
        <translation>Poner en los controles los ajustes de esta ejecución y volver a iniciarla</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>Cambiar el nombre de la ejecución seleccionada (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move the selected runs to the trash (Del); Undo brings them back</source>
        <translation>Mover las ejecuciones seleccionadas a la papelera (Supr); Deshacer las recupera</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last (Ctrl+Z)</source>
        <translation>Recuperar las últimas ejecuciones eliminadas (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder (run.json, metrics.csv, checkpoint)</source>
        <translation>Abrir la carpeta de la ejecución seleccionada (run.json, metrics.csv, punto de control)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the run store again (picks up runs from cnnlab-train)</source>
        <translation>Volver a leer el almacén de ejecuciones (recoge las ejecuciones de cnnlab-train)</translation>
    </message>
    <message>
        <source>Run store summary</source>
        <translation>Resumen del almacén de ejecuciones</translation>
    </message>
    <message>
        <source>lr %1</source>
        <translation>lr %1</translation>
    </message>
    <message>
        <source>b%1</source>
        <translation>b%1</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>no dropout</source>
        <translation>sin dropout</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n época</numerusform>
            <numerusform>%n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n ejecución en %1</numerusform>
            <numerusform>%n ejecuciones en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (kept, hover for the reason)</source>
        <translation>
            <numerusform>%n dañada (se conserva; pasa el ratón por encima para ver el motivo)</numerusform>
            <numerusform>%n dañadas (se conservan; pasa el ratón por encima para ver el motivo)</numerusform>
        </translation>
    </message>
    <message>
        <source>This record cannot be read: %1</source>
        <translation>No se puede leer este registro: %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (with checkpoint)</source>
        <translation> (con punto de control)</translation>
    </message>
    <message>
        <source>Cannot rename the run: %1</source>
        <translation>No se puede cambiar el nombre de la ejecución: %1</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Nuevo nombre: «%1».</translation>
    </message>
    <message>
        <source>Cannot delete the run “%1”: %2</source>
        <translation>No se puede eliminar la ejecución «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n run(s) to the trash. Undo Delete (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Se movió %n ejecución a la papelera. Deshacer eliminación (Ctrl+Z) la recupera.</numerusform>
            <numerusform>Se movieron %n ejecuciones a la papelera. Deshacer eliminación (Ctrl+Z) las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore the run “%1”: %2</source>
        <translation>No se puede restaurar la ejecución «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n run(s).</source>
        <translation>
            <numerusform>Se restauró %n ejecución.</numerusform>
            <numerusform>Se restauraron %n ejecuciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n epoch(s)</source>
        <translation>
            <numerusform>%1 de %n época</numerusform>
            <numerusform>%1 de %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>changed mid-run</source>
        <translation>cambiado durante la ejecución</translation>
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation>%1 en la época %2</translation>
    </message>
    <message>
        <source>Settings at the start. Changed during the run:</source>
        <translation>Ajustes al inicio. Cambiados durante la ejecución:</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the selected run back on the charts, as it trained (nothing trains)</source>
        <translation>Reproducir la ejecución seleccionada en los gráficos tal como entrenó (no se entrena nada)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>Every combination of the values below is queued as one run, with the other settings as they are on the left. Separate values with commas.</source>
        <translation>Cada combinación de los valores siguientes se pone en cola como una ejecución, con los demás ajustes tal como están a la izquierda. Separa los valores con comas.</translation>
    </message>
    <message>
        <source>&amp;Learning rates:</source>
        <translation>&amp;Tasas de aprendizaje:</translation>
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation>Tamaños de &amp;batch:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <source>Learning rates</source>
        <translation>Tasas de aprendizaje</translation>
    </message>
    <message>
        <source>Batch sizes</source>
        <translation>Tamaños de batch</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>With &amp;dropout</source>
        <translation>Con &amp;dropout</translation>
    </message>
    <message>
        <source>With dropout</source>
        <translation>Con dropout</translation>
    </message>
    <message>
        <source>With&amp;out dropout</source>
        <translation>Si&amp;n dropout</translation>
    </message>
    <message>
        <source>Without dropout</source>
        <translation>Sin dropout</translation>
    </message>
    <message>
        <source>Queue Runs</source>
        <translation>Poner en cola</translation>
    </message>
    <message>
        <source>Queue the sweep&apos;s runs</source>
        <translation>Poner en cola las ejecuciones del barrido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), one after the other.</source>
        <translation>
            <numerusform>%n ejecución.</numerusform>
            <numerusform>%n ejecuciones, una tras otra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each list needs at least one number: learning rates %1–%2 (the range of the Controls slider), batch sizes 1–60,000, epochs 1–1000; and dropout on, off or both.</source>
        <translation>Cada lista necesita al menos un número: tasas de aprendizaje %1–%2 (el rango del control deslizante), tamaños de lote 1–60.000, épocas 1–1000; y dropout activado, desactivado o ambos.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepHeatmap</name>
    <message>
        <source>Sweep heat map</source>
        <translation>Mapa de calor del barrido</translation>
    </message>
    <message>
        <source>lr %1, batch %2: %3</source>
        <translation>lr %1, batch %2: %3</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Aún no hay resultados</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>batch size →</source>
        <translation>tamaño de batch →</translation>
    </message>
    <message>
        <source>lr ↓</source>
        <translation>lr ↓</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepPanel</name>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
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
        <translation>Épocas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>Exact. val.</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Resultados del barrido</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Validation accuracy, with dropout</source>
        <translation>Exactitud de validación, con dropout</translation>
    </message>
    <message>
        <source>Validation accuracy, without dropout</source>
        <translation>Exactitud de validación, sin dropout</translation>
    </message>
    <message>
        <source>No sweep yet: Experiments ▸ Sweep… queues one.</source>
        <translation>Aún no hay barrido: Experimentos ▸ Barrido… pone uno en cola.</translation>
    </message>
    <message>
        <source>%1 of %2 runs done.</source>
        <translation>%1 de %2 ejecuciones terminadas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train the lab&apos;s CNN on MNIST live, in front of a class.</source>
        <translation>Entrena la CNN del laboratorio con MNIST en directo, delante de una clase.</translation>
    </message>
    <message>
        <source>Dataset: mnist or fashion-mnist.</source>
        <translation>Conjunto de datos: mnist o fashion-mnist.</translation>
    </message>
    <message>
        <source>Device: auto, cpu, cuda or cuda:N.</source>
        <translation>Dispositivo: auto, cpu, cuda o cuda:N.</translation>
    </message>
    <message>
        <source>Start with the configuration of a run record (run.json).</source>
        <translation>Empezar con la configuración de un registro de ejecución (run.json).</translation>
    </message>
    <message>
        <source>Render the accuracy and loss charts of a run record and exit.</source>
        <translation>Generar los gráficos de exactitud y pérdida de un registro de ejecución y salir.</translation>
    </message>
    <message>
        <source>Output of --render: a .png, .svg, .pdf or .csv file.</source>
        <translation>Salida de --render: un archivo .png, .svg, .pdf o .csv.</translation>
    </message>
    <message>
        <source>Interface language: en, de, es or zh_CN (default: as last chosen, else the system&apos;s).</source>
        <translation>Idioma de la interfaz: en, de, es o zh_CN (por defecto: el último elegido; si no, el del sistema).</translation>
    </message>
    <message>
        <source>unknown language “%1” (use en, de, es or zh_CN)</source>
        <translation>idioma desconocido «%1» (usa en, de, es o zh_CN)</translation>
    </message>
    <message>
        <source>--render needs --out FILE (.png, .svg, .pdf or .csv)</source>
        <translation>--render necesita --out ARCHIVO (.png, .svg, .pdf o .csv)</translation>
    </message>
    <message>
        <source>--out is only used with --render; ignored</source>
        <translation>--out solo se usa con --render; se ignora</translation>
    </message>
    <message>
        <source>Cannot use the configuration in “%1”: %2</source>
        <translation>No se puede usar la configuración de «%1»: %2</translation>
    </message>
    <message>
        <source>unknown dataset “%1” (use mnist or fashion-mnist)</source>
        <translation>conjunto de datos desconocido «%1» (usa mnist o fashion-mnist)</translation>
    </message>
</context>
</TS>
