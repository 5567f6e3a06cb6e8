<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangeWording</name>
    <message>
        <source>lr %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>batch %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dropout %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported from cnnlab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg, .pdf or .csv (got “%1”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image is too large to create in memory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoachText</name>
    <message>
        <source>Validation loss has risen since epoch %1 (from %2 to %3) while training loss keeps falling: the model is memorising the training set. Try dropout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation loss has risen from %1 to %2 while training loss keeps falling: the model is memorising the training set. Try dropout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training accuracy keeps pulling away from validation accuracy (a gap of %1 points at epoch %2): the model is memorising the training set. Try dropout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss is stuck at %1 = ln 10, chance level: the network is guessing one of ten classes and not learning. Lower the learning rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At epoch %1 the loss stopped being a number: training has diverged. The steps are far too large; lower the learning rate and start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training loss shot up to %1 at epoch %2 (its lowest was %3): training is diverging. Lower the learning rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best validation accuracy so far: %1 at epoch %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overfitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stalled at chance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>diverging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overfitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Divergence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best epoch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adam epsilon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dropout after the convolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dropout after the dense layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training subset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held-out validation size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluations per epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quick evaluation size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number of sample digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reports per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” is a damaged gzip archive. Download it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” is not an IDX file of the expected kind (images or labels).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The images in “%1” are not 28 × 28 pixels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” claims more items than it can hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” ends early; it was probably not downloaded completely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” has unexpected data after its last item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of images and labels in “%1” does not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The labels in “%1” contain a class that does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dataset was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dataset was not found. Install it with: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dataset was not found in %1. Install it with: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” does not have the expected checksum; it is damaged or a different version. Download it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The setting “%1” is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen device is not available. Choose another device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The device “%1” is not available. Choose another device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The device ran out of memory. Choose a smaller batch size or train on the CPU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checkpoint “%1” could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checkpoint “%1” belongs to a different model or dataset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong inside cnnlab. Please report this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown error (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach the machine “%1”. Check its name and that it is switched on and online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The machine “%1” did not let cnnlab log in without a password or a new host key. Run “ssh %1” once in a terminal and set up a key (ssh-copy-id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cnnlab-train is not installed on “%1” (or not on its PATH). Install cnnlab there, or give its path under Run ▸ Remote Machines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cnnlab on “%1” does not speak the same language as this one. Install the same version on both machines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to “%1” was lost. What arrived so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conv blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kernel size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dense units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nesterov momentum (needs momentum above 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epochs between learning-rate steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>learning-rate step factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warm-up fraction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weight decay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L1 penalty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label smoothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>augmentation shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>augmentation rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>infinite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−infinite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanEstimate</name>
    <message>
        <source>Duration: not known yet; train one short run on this computer and the dialog estimates it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About %1 on this computer (%2 images/s, measured in “%3”).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>current run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cnnlab report — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset %1 · %2 training images · %3 validation images · %4 · created %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy and loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No metrics were recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coach notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to remark: no overfitting, stalling or divergence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed during the run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run has no full evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows: true class; columns: predicted class. %1 of %2 right (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true class %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written by cnnlab on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>True class → predicted class: the predicted class — the model&apos;s probability for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunRenderer</name>
    <message>
        <source>Cannot read the run record “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run record has no metrics to draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an output file ending in .png, .svg, .pdf or .csv (got “%1”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsWording</name>
    <message numerus="yes">
        <source>%n conv block(s)</source>
        <translation>
            <numerusform>%n conv block</numerusform>
            <numerusform>%n conv blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1×%1 kernels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dense %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>batch norm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weight decay %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L2 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L1 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label smoothing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shift %1 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rotate %1°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>early stop %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ChartsPanel</name>
    <message>
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss (cross-entropy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <extracomment>Legend entry where there is little room (for &quot;Training&quot;)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training time (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation (quick): a fixed part of the validation images, measured several times per epoch so the curve moves while the model trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation (full set): every validation image, measured at the end of each epoch; the figures the lab reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Val. (quick)</source>
        <extracomment>Legend entry where there is little room (for &quot;Val. (quick)&quot;)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Val. (full set)</source>
        <extracomment>Legend entry where there is little room (for &quot;Val. (full set)&quot;)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Val.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Val. full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training: the batches the model has just learned from, smoothed over steps (%1; View ▸ Training Curve Smoothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training: the batches the model has just learned from, unsmoothed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smoothing %1</source>
        <extracomment>How strongly the training curve is smoothed (0 = not at all, 0.95 = most)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training Curve &amp;Smoothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (step means)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ClusterJob</name>
    <message>
        <source>The cluster&apos;s login node answered: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ClusterPanel</name>
    <message>
        <source>Waiting in Slurm&apos;s queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started, no result yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cluster job. Reproduce the Lab or Sweep with “Run on: Slurm cluster” sends one (set the cluster&apos;s login node up in Run ▸ Remote Machines…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitting to Slurm on %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slurm job %1 on %2 (%3): %4 of %5 tasks ended, %6 runs in the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks of the cluster job</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::CoachPanel</name>
    <message>
        <source>Coach notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the coach noticed in this run&apos;s curves, newest last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The coach comments on the curves after each evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch %1 · %2
%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ComparisonDialog</name>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final val. acc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best val. acc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train–val gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final val. loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparison of runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab&apos;s claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What cnnlab measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdicts on the lab&apos;s claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Did the lab&apos;s findings hold?&lt;/b&gt; A difference counts only when it is larger than the noise between seeds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the comparison as Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the comparison as Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without dropout, training accuracy runs ahead of validation (overfitting).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout raises validation accuracy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size 1000 ends below batch size 32.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rate 0.01 fails to converge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reproduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reproduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>within noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The runs for this claim are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final validation accuracy with lr 0.01: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training minus validation accuracy: %1 (noise %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout minus no dropout: %1 (noise %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch 32 minus batch 1000: %1 (noise %2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1 group(s). Group rows show the mean ± standard deviation over seeds.</source>
        <translation>
            <numerusform>%n run in %1 group(s). Group rows show the mean ± standard deviation over seeds.</numerusform>
            <numerusform>%n runs in %1 group(s). Group rows show the mean ± standard deviation over seeds.</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (mean of %n seed(s))</source>
        <translation>
            <numerusform>%1 (mean of %n seed)</numerusform>
            <numerusform>%1 (mean of %n seeds)</numerusform>
        </translation>
    </message>
    <message>
        <source>All seeds together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the comparison: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, from one seed: run the lab with 2 or more seeds to tell this from seed-to-seed noise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 seed — noise not measured</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows: true class. Columns: predicted class. Click a cell to see its images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appears after the first full evaluation (end of epoch 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 images of “%3” recognised (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 images of “%2” taken for “%3” (%4 of that class). Click to see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1k</source>
        <extracomment>A count in thousands in a small confusion-matrix cell (&quot;1.1k&quot; for 1,135)</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionPanel</name>
    <message>
        <source>Row &amp;percentages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show each row as percentages of that true class instead of counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show row percentages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Misclassified images of the selected cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which digits are taken for which: appears after the first full evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch %1: %2 of %3 validation images right (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a cell to see the images behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>True %1 predicted %1: %2 images right. Click an off-diagonal cell to see mistakes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>True %1, predicted %2: %3 images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 shown: only the %2 most confident mistakes are kept)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ControlsPanel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dr&amp;opout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Randomly silence units while training (the lab&apos;s regularisation). Applies immediately, also during a run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout rate after the convolution and max-pool block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After &amp;convolutions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After de&amp;nse layer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rate on a logarithmic scale, 0.00001 to 0.1. Applies immediately, also during a run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size in powers of two, 8 to 4096. During a run it applies at the next epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any batch size from 1 to 60,000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many times the weights are updated in one pass over the training set. Batch 32 and batch 1000 do very different amounts of learning per epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed: the same seed and settings give the same run on the same device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data and device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 10,000 test images (what the lab called validation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last 10,000 training images, never trained on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train on the first N images only, for quick demonstrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ataset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valida&amp;tion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainin&amp;g images:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost meter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price of the machine per hour. $3.06 is the on-demand price of the AWS p3.2xlarge the lab used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Machine price:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab &amp;Defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab&apos;s reference configuration: dropout 0.25/0.5, Adam, learning rate 0.001, batch 32, 10 epochs, seed 42, all 60,000 images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>During a run: learning rate and dropout apply immediately, batch size at the next epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns dropout on or off; applies immediately, also during a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout after convolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout rate after the convolution block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout after dense layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logarithmic scale from 0.00001 to 0.1. Ctrl+Up and Ctrl+Down change it by one step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rate value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Powers of two from 8 to 4096. Ctrl+Right and Ctrl+Left double or halve it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updates per epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passes over the training set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same seed and settings give the same run on the same device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST digits or Fashion-MNIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where validation accuracy is measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train on the first N images only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the model trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine price per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by the cost meter in the status bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restores the lab&apos;s reference configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, left over: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size %1 is not possible: a batch holds 1 to %2 images (the training set). Kept %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; update(s) per epoch&lt;br&gt;%1 images ÷ batch %2</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; update per epoch&lt;br&gt;%1 images ÷ batch %2</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; updates per epoch&lt;br&gt;%1 images ÷ batch %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is larger than the %2 training images: each step uses all %2, so an epoch is a single update and the charts move only once per epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout rate after the dense layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adam, SGD with momentum, AdamW or RMSprop</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetup</name>
    <message>
        <source>&amp;Download MNIST…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Locate MNIST Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST is installed in %1. Press Start to train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Using MNIST from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File ▸ Download MNIST… installs a fresh, verified copy; File ▸ Locate MNIST Folder… uses another folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetupDialog</name>
    <message>
        <source>Folder with the MNIST files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST Not Found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fashion-MNIST is installed (in %1) and works without this: choose it under Dataset on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” does not hold the four MNIST files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” cannot be used: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the chosen folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is missing and how to get it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Locate Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locate a folder with the MNIST files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download MNIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where cnnlab reads MNIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the four IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each possibly .gz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locate a folder that holds %1, or download a fresh copy (about 11 MB, checked against pinned SHA-256 checksums).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cnnlab trains on the MNIST handwritten digits, which were not found on this computer. Download them now (about 11 MB, checked against pinned SHA-256 checksums), or locate a folder that already holds %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::DeviceCombo</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first GPU if there is one, else the CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — automatic (remote)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trains on %1 through ssh: its first GPU if it has one, else its CPU</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::DigitCanvas</name>
    <message>
        <source>Drawing pad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::DownloadDialog</name>
    <message>
        <source>Download MNIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cnnlab downloads the four MNIST files (about 11 MB) from %1, checks each against its SHA-256 checksum and installs them in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the download or close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to download.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading %1: %2 of %3 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading %1: %2 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking and installing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST is installed in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawPadPanel</name>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load &amp;Checkpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the model saved by a finished run (checkpoint.pt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the network sees (28 × 28)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drawing as the network sees it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model thinks it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability of guess %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot load the checkpoint “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load Checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model yet: press Start to train one (predictions appear after its first evaluation), or load a finished run&apos;s checkpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model: checkpoint %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model: the run in progress, as of its last evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model: the last finished run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a digit in the box.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ExperimentsController</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sweep Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Runs Panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;weep Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reproduce the Lab…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reproduce the Lab…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue the lab&apos;s four configurations over several seeds and judge its claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sweep…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue a grid of learning rates, batch sizes and dropout settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the runs checked (or selected) in the runs panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;X Axis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optimizer &amp;Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Images Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training &amp;Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X axis of the charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the charts&apos; x axis counts, for the live run and the overlays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reproduce the lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run could not be saved to the run history. It is still shown; File ▸ Save Run Record… keeps it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run could not be saved to the run history: %1 It is still shown; File ▸ Save Run Record… keeps it elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run is in the run history, but its trained model could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to the run history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue: starting %1 (%2 of %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ExplainDocks</name>
    <message>
        <source>E&amp;xplain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confusion Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mistakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw a Digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters and Feature Maps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain-language notes on the curves: overfitting, stalling, divergence, the best epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the run&apos;s charts, settings, coach notes and confusion matrix as an HTML page or a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no run to report on yet: train one or open a run record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::FileLocations</name>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::FiltersPanel</name>
    <message>
        <source>Filters and feature maps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red: positive weights, blue: negative. Each filter slides over the image and responds to a small pattern such as an edge in one direction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Digit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digit whose feature maps are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model yet: train one or load a checkpoint in the drawing pad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First-layer filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer 1 feature maps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer 2 feature maps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First layer: %1 learned %2 × %2 filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer 1: what each of the %1 filters sees in it (%2 × %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer 2: %1 feature maps built from those (%2 × %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::KeyboardShortcuts</name>
    <message>
        <source>&amp;Increase Learning Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decrease Learning Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lar&amp;ger Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;maller Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toggle Dr&amp;opout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start; while running: pause or resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the run or replay; in presenter mode with nothing running: leave presenter mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::LabDialog</name>
    <message>
        <source>Reproduce the Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trains the lab&apos;s four configurations — no dropout, dropout, batch size 1000 and learning rate 0.01 — once per seed, one after the other, then judges each of the lab&apos;s claims against the noise between seeds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Seeds per configuration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training &amp;images:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seeds per configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More seeds tell a real difference from luck; 3 is a good start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All 60,000 (the lab)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick: the first 10,000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue the lab&apos;s runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s) of %1 epoch(s) each.</source>
        <translation>
            <numerusform>%n run of %1 epoch(s) each.</numerusform>
            <numerusform>%n runs of %1 epoch(s) each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MainWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start training with the settings on the left (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the run after the current step (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the charts and predictions (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full Range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole range of values instead of zooming in on recent ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Run Record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Run Record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the last run as run.json (the format cnnlab-train writes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch size %1 applies from the next epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accuracy Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Loss Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Both Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG Image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF Document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV Data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lab Defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About cnnlab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cnnlab — CNN workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping the run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished. Epochs: %1, training time: %2, validation accuracy: %3, validation loss: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped at epoch %1 after %2 of training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training diverged at epoch %1: the loss is no longer a finite number. Try a smaller learning rate (now %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay of “%1” %2 at epoch %3. Recorded result: %4, validation accuracy %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue training (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause after the current step (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no finished run to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the current run before opening another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the saved run “%1” (%2, validation accuracy %3). Start trains anew with the settings on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run records (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Run Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Run Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run records (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About cnnlab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;cnnlab %1&lt;/h3&gt;&lt;p&gt;A workbench for training the lab&apos;s convolutional network on MNIST in front of a class.&lt;/p&gt;&lt;p&gt;Qt %2%3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;play Run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play a saved run.json back as if it were training now, without training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the current run before replaying another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no recorded training to replay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaying the saved run “%1”: nothing is training; the figures are the recorded ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped early after epoch %1: the validation loss had stopped improving. The model keeps the weights of the best epoch, %2 (validation accuracy %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::MapGrid</name>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::MetricsChart</name>
    <message>
        <source>Chart of %1 against epochs. Context menu: export as image or CSV, full range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — zoomed</source>
        <extracomment>Axis title while the y axis shows only the recent values; %1 is the title (&quot;Accuracy (%)&quot;)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4</source>
        <extracomment>Chart tooltip: series name, what x is (&quot;epoch&quot;, &quot;step&quot;, ...) and where, value</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full Range</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::MistakesList</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image %1: true class %2, predicted %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::MistakesPanel</name>
    <message>
        <source>Misclassified images, most confident first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The misclassified validation images appear after the first full evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mistakes; the %2 the network was surest about, most confident first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::MnistDownloader</name>
    <message>
        <source>no download address is configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused to download from “%1”: cnnlab downloads only over https:// (plain http:// only from this computer itself). Nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not download %1 from %2: %3. Check the internet connection and try again. Nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 answered “%2 %3” for %4. Nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading %1 from %2 stopped: no data arrived for %3 seconds. Nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download of %1 from %2 ended early (%3 of %4 bytes). Try again; nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2 is larger than any MNIST file (more than %3 MB), so the download was stopped. Nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2 is not a complete gzip file (damaged or cut short). Try again; nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2 does not have the expected SHA-256 checksum: it is damaged or a different version of MNIST. Nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save MNIST in “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (All %2 download addresses failed; this was the last one.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::NetworkControls</name>
    <message>
        <source>Conv blocks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dense &amp;units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 × 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5 × 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch normalization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convolution layers before the max-pool: the lab has two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters of the first convolution; each further block doubles them (the lab: 32, 64)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size of each convolution&apos;s window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units of the dense layer before the output (the lab: 128)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ReLU trains deep networks well; with tanh or sigmoid the gradient fades through the layers (the vanishing-gradient lesson)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normalize each layer&apos;s outputs over the batch: trains faster and takes higher learning rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainable weights, and the arithmetic of one image&apos;s forward pass (one multiply-add counts as two operations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convolution blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters of the first block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kernel size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dense units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 parameters · %2 million FLOPs per image</source>
        <extracomment>Model size: %1 trainable parameters, %2 million floating-point operations per image</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::OptimizerControls</name>
    <message>
        <source>Momentum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step decay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-cycle (warm-up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SGD&apos;s momentum: how much of the last step carries into the next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look ahead along the momentum before taking the gradient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the learning rate moves over the run: constant (the lab), halved every few epochs, a cosine down to zero, or one cycle that warms up first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The learning rate over the run, from the first epoch to the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning-rate schedule curve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::PredictionsGrid</name>
    <message>
        <source>Sample predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample predictions — appear when training starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample predictions — waiting for the first evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample predictions — %1 of %2 correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample digits appear when training starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>True class: %1&lt;br&gt;No prediction yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>True class: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;br&gt;%1. %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample predictions — %1 of %2 shown correct (%3 more hidden: enlarge this panel)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen, large text and thick chart lines for the room (F11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;High Contrast While Presenting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide &amp;Advanced Controls While Presenting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep learning rate, dropout, batch size and epochs; hide seed, optimizer, data, device and cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Okabe–Ito colours for the chart lines and the prediction verdicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter &amp;Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presenter mode: F11 or Esc (when no run is active) leaves it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::QueuePanel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Val. acc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiment queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let the current run finish, then start no new one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the current run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the current run; it goes back to pending and the queue pauses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the pending runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop every run that has not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue is empty. Experiments ▸ Reproduce the Lab or Sweep fill it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 done, %3 pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause Queue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::RegularizationControls</name>
    <message>
        <source>Regularization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight decay (L2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L1 penalty:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label smoothing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift images:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate images:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data augmentation: move each training image by up to this many pixels, a new random shift every batch, so the network cannot memorize positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data augmentation: turn each training image by up to this many degrees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs, and keep the weights of the best epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Augmentation shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Augmentation rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Early-stopping patience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AdamW&apos;s decoupled weight decay: each step shrinks every weight a little, apart from the gradient (nothing is added to the loss). 0 turns it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An L2 penalty on the weights added to the loss, as Keras&apos; kernel regularizer: large weights cost more, so the network stays simpler. 0 turns it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An L1 penalty on the weights added to the loss: it pushes many weights to exactly zero. 0 turns it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train against slightly softened targets (the right class gets a little less than 100 %), so the network is less overconfident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L1 penalty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label smoothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Early-stop patience:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::RemoteMachinesDialog</name>
    <message>
        <source> (%1 GB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (cnnlab %2): %3. %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST is installed there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST is not installed there yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remote Machines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train on another machine through ssh: a school GPU server or a cloud instance with cnnlab installed. cnnlab uses your ssh setup (~/.ssh/config aliases, keys, agent) and never asks for a password: test the connection in a terminal first (ssh DESTINATION). Nothing keeps running there after a run ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cnnlab-train there (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$ per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gpu-server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the ssh destination first (an alias from ~/.ssh/config, or user@host).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::RemoteSetup</name>
    <message>
        <source>Copying MNIST to %1: %2 of %3 MB…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remote &amp;Machines…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machines to train on through ssh: a GPU server, a cloud instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is ready: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy MNIST to %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no MNIST yet. Copy this machine&apos;s verified copy there (about 55 MB over ssh)? It is checked against its SHA-256 checksums there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MNIST is installed on %1 and verified.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::ReplayBar</name>
    <message>
        <source>S&amp;peed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many times faster than recorded the run plays, 1 to 50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay speed: 1× is as recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REPLAY %1×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replay</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::RunStatePill</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run state: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::RunStatusBar</name>
    <message>
        <source>Epoch in progress and optimizer steps so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training images per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time since Start, pauses and data loading included (the machine is billed for it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated training time left, at the recent speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch –</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– images/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ETA –</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost – (replay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A replay trains nothing and costs nothing; the recorded run cost %1 up to here at %2 per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elapsed time × %1 per hour (set in the Cost meter box)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training on %1 through ssh (%2); it stops there when the run ends or this window closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the model trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch %1 of %2 · step %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 images/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ETA done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::RunTargetPicker</name>
    <message>
        <source>Give the cluster&apos;s shared folder as an absolute path (home or scratch, where the compute nodes see it too).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the time limit as HH:MM:SS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, one run after another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slurm cluster through %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs per task:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/home/you/cnnlab-runs (seen by every node)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HH:MM:SS (the partition&apos;s default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remote machines and clusters are set up in Run ▸ Remote Machines…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::RunsPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train acc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Val. acc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check runs to draw them on the charts. F2 renames, Delete moves to the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run history actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the checked runs (or the selected ones) in a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the controls to this run&apos;s settings and start it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected runs to the trash (Del); Undo brings them back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring back the runs deleted last (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected run&apos;s folder (run.json, metrics.csv, checkpoint)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the run store again (picks up runs from cnnlab-train)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run store summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lr %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>b%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no dropout</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n run in %1</numerusform>
            <numerusform>%n runs in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (kept, hover for the reason)</source>
        <translation>
            <numerusform>%n damaged (kept, hover for the reason)</numerusform>
            <numerusform>%n damaged (kept, hover for the reason)</numerusform>
        </translation>
    </message>
    <message>
        <source>This record cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (with checkpoint)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot rename the run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the run “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Moved %n run(s) to the trash. Undo Delete (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Moved %n run to the trash. Undo Delete (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Moved %n runs to the trash. Undo Delete (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore the run “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Restored %n run(s).</source>
        <translation>
            <numerusform>Restored %n run.</numerusform>
            <numerusform>Restored %n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n epoch(s)</source>
        <translation>
            <numerusform>%1 of %n epoch</numerusform>
            <numerusform>%1 of %n epochs</numerusform>
        </translation>
    </message>
    <message>
        <source>changed mid-run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings at the start. Changed during the run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play the selected run back on the charts, as it trained (nothing trains)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every combination of the values below is queued as one run, with the other settings as they are on the left. Separate values with commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Learning rates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch sizes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With &amp;dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With&amp;out dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue the sweep&apos;s runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s), one after the other.</source>
        <translation>
            <numerusform>%n run, one after the other.</numerusform>
            <numerusform>%n runs, one after the other.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each list needs at least one number: learning rates %1–%2 (the range of the Controls slider), batch sizes 1–60,000, epochs 1–1000; and dropout on, off or both.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepHeatmap</name>
    <message>
        <source>Sweep heat map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lr %1, batch %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No results yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>batch size →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lr ↓</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepPanel</name>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Val. acc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sweep results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation accuracy, with dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation accuracy, without dropout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sweep yet: Experiments ▸ Sweep… queues one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 runs done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train the lab&apos;s CNN on MNIST live, in front of a class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset: mnist or fashion-mnist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device: auto, cpu, cuda or cuda:N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start with the configuration of a run record (run.json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the accuracy and loss charts of a run record and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output of --render: a .png, .svg, .pdf or .csv file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language: en, de, es or zh_CN (default: as last chosen, else the system&apos;s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown language “%1” (use en, de, es or zh_CN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--render needs --out FILE (.png, .svg, .pdf or .csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--out is only used with --render; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use the configuration in “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown dataset “%1” (use mnist or fashion-mnist)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
