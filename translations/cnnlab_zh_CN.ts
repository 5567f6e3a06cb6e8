<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeWording</name>
    <message>
        <source>lr %1 → %2</source>
        <translation>学习率 %1 → %2</translation>
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
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Exported from cnnlab</source>
        <translation>由 cnnlab 导出</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg, .pdf or .csv (got “%1”).</source>
        <translation>请选择以 .png、.svg、.pdf 或 .csv 结尾的文件名（当前为“%1”）。</translation>
    </message>
    <message>
        <source>The image is too large to create in memory.</source>
        <translation>图像太大，无法在内存中创建。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>CoachText</name>
    <message>
        <source>Validation loss has risen since epoch %1 (from %2 to %3) while training loss keeps falling: the model is memorising the training set. Try dropout.</source>
        <translation>自第 %1 个 Epoch 起，验证损失不断上升（从 %2 升至 %3），而训练损失仍在下降：模型正在死记训练集。试试 Dropout。</translation>
    </message>
    <message>
        <source>Validation loss has risen from %1 to %2 while training loss keeps falling: the model is memorising the training set. Try dropout.</source>
        <translation>验证损失从 %1 升至 %2，而训练损失仍在下降：模型正在死记训练集。试试 Dropout。</translation>
    </message>
    <message>
        <source>Training accuracy keeps pulling away from validation accuracy (a gap of %1 points at epoch %2): the model is memorising the training set. Try dropout.</source>
        <translation>训练准确率与验证准确率的差距越拉越大（第 %2 个 Epoch 时相差 %1 个百分点）：模型正在死记训练集。试试 Dropout。</translation>
    </message>
    <message>
        <source>Loss is stuck at %1 = ln 10, chance level: the network is guessing one of ten classes and not learning. Lower the learning rate.</source>
        <translation>损失停在 %1 = ln 10，即随机猜测的水平：网络只是在十个类别中瞎猜，并没有在学习。请降低学习率。</translation>
    </message>
    <message>
        <source>At epoch %1 the loss stopped being a number: training has diverged. The steps are far too large; lower the learning rate and start again.</source>
        <translation>在第 %1 个 Epoch，损失已不再是一个数值：训练已经发散。步长太大了；请降低学习率后重新开始。</translation>
    </message>
    <message>
        <source>Training loss shot up to %1 at epoch %2 (its lowest was %3): training is diverging. Lower the learning rate.</source>
        <translation>训练损失在第 %2 个 Epoch 飙升至 %1（最低曾为 %3）：训练正在发散。请降低学习率。</translation>
    </message>
    <message>
        <source>Best validation accuracy so far: %1 at epoch %2.</source>
        <translation>目前最佳验证准确率：%1（第 %2 个 Epoch）。</translation>
    </message>
    <message>
        <source>overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>stalled at chance</source>
        <translation>停滞在随机水平</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>最佳 %1</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>Stalling</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>最佳 Epoch</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Adam epsilon</source>
        <translation>Adam epsilon</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batch 大小</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epoch 数</translation>
    </message>
    <message>
        <source>dropout after the convolutions</source>
        <translation>卷积层之后的 Dropout</translation>
    </message>
    <message>
        <source>dropout after the dense layer</source>
        <translation>全连接层之后的 Dropout</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>training subset</source>
        <translation>训练子集</translation>
    </message>
    <message>
        <source>held-out validation size</source>
        <translation>留出验证集大小</translation>
    </message>
    <message>
        <source>evaluations per epoch</source>
        <translation>每个 Epoch 的评估次数</translation>
    </message>
    <message>
        <source>quick evaluation size</source>
        <translation>快速评估样本数</translation>
    </message>
    <message>
        <source>number of sample digits</source>
        <translation>示例数字的数量</translation>
    </message>
    <message>
        <source>reports per second</source>
        <translation>每秒报告次数</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>没有错误。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file “%1” could not be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>文件“%1”为空。</translation>
    </message>
    <message>
        <source>The file “%1” is a damaged gzip archive. Download it again.</source>
        <translation>文件“%1”是一个损坏的 gzip 压缩包。请重新下载。</translation>
    </message>
    <message>
        <source>The file “%1” is not an IDX file of the expected kind (images or labels).</source>
        <translation>文件“%1”不是预期类型（图像或标签）的 IDX 文件。</translation>
    </message>
    <message>
        <source>The images in “%1” are not 28 × 28 pixels.</source>
        <translation>“%1”中的图像不是 28 × 28 像素。</translation>
    </message>
    <message>
        <source>The file “%1” claims more items than it can hold.</source>
        <translation>文件“%1”声明的条目数超出了它实际能容纳的数量。</translation>
    </message>
    <message>
        <source>The file “%1” ends early; it was probably not downloaded completely.</source>
        <translation>文件“%1”提前结束；可能没有完整下载。</translation>
    </message>
    <message>
        <source>The file “%1” has unexpected data after its last item.</source>
        <translation>文件“%1”在最后一个条目之后还有多余的数据。</translation>
    </message>
    <message>
        <source>The number of images and labels in “%1” does not match.</source>
        <translation>“%1”中的图像数量与标签数量不一致。</translation>
    </message>
    <message>
        <source>The labels in “%1” contain a class that does not exist.</source>
        <translation>“%1”中的标签包含不存在的类别。</translation>
    </message>
    <message>
        <source>The dataset was not found.</source>
        <translation>未找到数据集。</translation>
    </message>
    <message>
        <source>The dataset was not found. Install it with: %1</source>
        <translation>未找到数据集。请用以下命令安装：%1</translation>
    </message>
    <message>
        <source>The dataset was not found in %1. Install it with: %2</source>
        <translation>在 %1 中未找到数据集。请用以下命令安装：%2</translation>
    </message>
    <message>
        <source>The file “%1” does not have the expected checksum; it is damaged or a different version. Download it again.</source>
        <translation>文件“%1”的校验和与预期不符；文件已损坏或版本不同。请重新下载。</translation>
    </message>
    <message>
        <source>The setting “%1” is out of range.</source>
        <translation>设置项“%1”超出了允许范围。</translation>
    </message>
    <message>
        <source>The chosen device is not available. Choose another device.</source>
        <translation>所选设备不可用。请选择其他设备。</translation>
    </message>
    <message>
        <source>The device “%1” is not available. Choose another device.</source>
        <translation>设备“%1”不可用。请选择其他设备。</translation>
    </message>
    <message>
        <source>The device ran out of memory. Choose a smaller batch size or train on the CPU.</source>
        <translation>设备内存不足。请选择更小的 Batch 大小，或改用 CPU 训练。</translation>
    </message>
    <message>
        <source>The checkpoint “%1” could not be read.</source>
        <translation>无法读取检查点“%1”。</translation>
    </message>
    <message>
        <source>The checkpoint “%1” belongs to a different model or dataset.</source>
        <translation>检查点“%1”属于其他模型或数据集。</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Something went wrong inside cnnlab. Please report this.</source>
        <translation>cnnlab 内部出现了问题。请报告此错误。</translation>
    </message>
    <message>
        <source>Unknown error (%1).</source>
        <translation>未知错误（%1）。</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <translation>%1 详细信息：%2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Could not reach the machine “%1”. Check its name and that it is switched on and online.</source>
        <translation>无法连接到机器“%1”。请检查名称，并确认它已开机并联网。</translation>
    </message>
    <message>
        <source>The machine “%1” did not let cnnlab log in without a password or a new host key. Run “ssh %1” once in a terminal and set up a key (ssh-copy-id).</source>
        <translation>机器“%1”不允许 cnnlab 在没有密码或新主机密钥的情况下登录。请在终端中运行一次“ssh %1”，并设置密钥（ssh-copy-id）。</translation>
    </message>
    <message>
        <source>cnnlab-train is not installed on “%1” (or not on its PATH). Install cnnlab there, or give its path under Run ▸ Remote Machines.</source>
        <translation>“%1”上未安装 cnnlab-train（或不在其 PATH 中）。请在那里安装 cnnlab，或在“运行 ▸ 远程机器”中指定其路径。</translation>
    </message>
    <message>
        <source>The cnnlab on “%1” does not speak the same language as this one. Install the same version on both machines.</source>
        <translation>“%1”上的 cnnlab 与本机的协议不兼容。请在两台机器上安装相同的版本。</translation>
    </message>
    <message>
        <source>The connection to “%1” was lost. What arrived so far is kept.</source>
        <translation>与“%1”的连接已断开。已收到的数据会保留。</translation>
    </message>
    <message>
        <source>conv blocks</source>
        <translation>卷积块数</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>滤波器数</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>dense units</source>
        <translation>全连接单元数</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Nesterov momentum (needs momentum above 0)</source>
        <translation>Nesterov 动量（需要动量大于 0）</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>epochs between learning-rate steps</source>
        <translation>学习率阶梯之间的轮数</translation>
    </message>
    <message>
        <source>learning-rate step factor</source>
        <translation>学习率阶梯因子</translation>
    </message>
    <message>
        <source>warm-up fraction</source>
        <translation>预热比例</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1 惩罚</translation>
    </message>
    <message>
        <source>label smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <source>augmentation shift</source>
        <translation>数据增强平移</translation>
    </message>
    <message>
        <source>augmentation rotation</source>
        <translation>数据增强旋转</translation>
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation>早停耐心轮数</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>not a number</source>
        <translation>非数值</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>无穷大</translation>
    </message>
    <message>
        <source>−infinite</source>
        <translation>−无穷大</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
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
        <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>PlanEstimate</name>
    <message>
        <source>Duration: not known yet; train one short run on this computer and the dialog estimates it.</source>
        <translation>时长：尚未知；先在这台电脑上训练一次短运行，对话框就会估算。</translation>
    </message>
    <message>
        <source>About %1 on this computer (%2 images/s, measured in “%3”).</source>
        <translation>在这台电脑上约 %1（%2 张图像/秒，测于“%3”）。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>current run</source>
        <translation>当前运行</translation>
    </message>
    <message>
        <source>run of %1</source>
        <translation>%1 的运行</translation>
    </message>
    <message>
        <source>cnnlab report — %1</source>
        <translation>cnnlab 报告 — %1</translation>
    </message>
    <message>
        <source>Dataset %1 · %2 training images · %3 validation images · %4 · created %5</source>
        <translation>数据集 %1 · %2 张训练图像 · %3 张验证图像 · %4 · 创建于 %5</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Epochs completed</source>
        <translation>已完成的 Epoch 数</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation>%1（第 %2 个 Epoch）</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练用时</translation>
    </message>
    <message>
        <source>Accuracy and loss</source>
        <translation>准确率与损失</translation>
    </message>
    <message>
        <source>Accuracy chart</source>
        <translation>准确率图表</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>损失图表</translation>
    </message>
    <message>
        <source>No metrics were recorded.</source>
        <translation>没有记录到任何指标。</translation>
    </message>
    <message>
        <source>Coach notes</source>
        <translation>教练点评</translation>
    </message>
    <message>
        <source>Nothing to remark: no overfitting, stalling or divergence.</source>
        <translation>没有需要指出的问题：没有过拟合、停滞或发散。</translation>
    </message>
    <message>
        <source>Epoch %1 · %2</source>
        <translation>Epoch %1 · %2</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Changed during the run:</source>
        <translation>运行期间的更改：</translation>
    </message>
    <message>
        <source>epoch %1: %2</source>
        <translation>Epoch %1：%2</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>This run has no full evaluation.</source>
        <translation>本次运行没有完整评估。</translation>
    </message>
    <message>
        <source>Rows: true class; columns: predicted class. %1 of %2 right (%3).</source>
        <translation>行：真实类别；列：预测类别。%2 张中正确 %1 张（%3）。</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>置信度最高的错误</translation>
    </message>
    <message>
        <source>Sample predictions</source>
        <translation>示例预测</translation>
    </message>
    <message>
        <source>true class %1</source>
        <translation>真实类别 %1</translation>
    </message>
    <message>
        <source>Written by cnnlab on %1.</source>
        <translation>由 cnnlab 于 %1 生成。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>True class → predicted class: the predicted class — the model&apos;s probability for it.</source>
        <translation>真实类别 → 预测类别：预测类别 — 模型给出的概率。</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
</context>
<context>
    <name>RunRenderer</name>
    <message>
        <source>Cannot read the run record “%1”: %2</source>
        <translation>无法读取运行记录“%1”：%2</translation>
    </message>
    <message>
        <source>The run record has no metrics to draw.</source>
        <translation>该运行记录中没有可绘制的指标。</translation>
    </message>
    <message>
        <source>Choose an output file ending in .png, .svg, .pdf or .csv (got “%1”).</source>
        <translation>请选择以 .png、.svg、.pdf 或 .csv 结尾的输出文件（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Accuracy — %1</source>
        <translation>准确率 — %1</translation>
    </message>
    <message>
        <source>Loss — %1</source>
        <translation>损失 — %1</translation>
    </message>
</context>
<context>
    <name>SettingsWording</name>
    <message numerus="yes">
        <source>%n conv block(s)</source>
        <translation>
            <numerusform>%n 个卷积块</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation>%1 个滤波器</translation>
    </message>
    <message>
        <source>%1×%1 kernels</source>
        <translation>%1×%1 卷积核</translation>
    </message>
    <message>
        <source>dense %1</source>
        <translation>全连接 %1</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>%1 schedule</source>
        <translation>%1 调度</translation>
    </message>
    <message>
        <source>weight decay %1</source>
        <translation>权重衰减 %1</translation>
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
        <translation>标签平滑 %1</translation>
    </message>
    <message>
        <source>shift %1 px</source>
        <translation>平移 %1 像素</translation>
    </message>
    <message>
        <source>rotate %1°</source>
        <translation>旋转 %1°</translation>
    </message>
    <message>
        <source>early stop %1</source>
        <translation>早停 %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ChartsPanel</name>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>Loss (cross-entropy)</source>
        <translation>损失（交叉熵）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>Legend entry where there is little room (for &quot;Training&quot;)</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <source>Images seen</source>
        <translation>已见图像数</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>训练用时（秒）</translation>
    </message>
    <message>
        <source>Validation (quick): a fixed part of the validation images, measured several times per epoch so the curve moves while the model trains</source>
        <translation>验证（快速）：验证图像中固定的一部分，每个轮次测量多次，使曲线在训练时不断更新</translation>
    </message>
    <message>
        <source>Validation (full set): every validation image, measured at the end of each epoch; the figures the lab reports</source>
        <translation>验证（完整集）：全部验证图像，在每个轮次结束时测量；即实验报告中的数字</translation>
    </message>
    <message>
        <source>Val. (quick)</source>
        <extracomment>Legend entry where there is little room (for &quot;Val. (quick)&quot;)</extracomment>
        <translation>验证（快速）</translation>
    </message>
    <message>
        <source>Val. (full set)</source>
        <extracomment>Legend entry where there is little room (for &quot;Val. (full set)&quot;)</extracomment>
        <translation>验证（完整集）</translation>
    </message>
    <message>
        <source>Train.</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Val. full</source>
        <translation>全量验证</translation>
    </message>
    <message>
        <source>Training: the batches the model has just learned from, smoothed over steps (%1; View ▸ Training Curve Smoothing)</source>
        <translation>训练：模型刚刚学习过的批次，按步平滑（%1；视图 ▸ 训练曲线平滑）</translation>
    </message>
    <message>
        <source>Training: the batches the model has just learned from, unsmoothed</source>
        <translation>训练：模型刚刚学习过的批次，未平滑</translation>
    </message>
    <message>
        <source>smoothing %1</source>
        <extracomment>How strongly the training curve is smoothed (0 = not at all, 0.95 = most)</extracomment>
        <translation>平滑 %1</translation>
    </message>
    <message>
        <source>Training Curve &amp;Smoothing</source>
        <translation>训练曲线平滑(&amp;S)</translation>
    </message>
    <message>
        <source>None (step means)</source>
        <translation>无（每步平均）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ClusterJob</name>
    <message>
        <source>The cluster&apos;s login node answered: %1</source>
        <translation>集群登录节点回复：%1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ClusterPanel</name>
    <message>
        <source>Waiting in Slurm&apos;s queue</source>
        <translation>在 Slurm 队列中等待</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Started, no result yet</source>
        <translation>已开始，尚无结果</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>No cluster job. Reproduce the Lab or Sweep with “Run on: Slurm cluster” sends one (set the cluster&apos;s login node up in Run ▸ Remote Machines…).</source>
        <translation>没有集群作业。使用“运行于：Slurm 集群”复现实验或进行扫描即可提交（在“运行 ▸ 远程机器…”中设置集群登录节点）。</translation>
    </message>
    <message>
        <source>Submitting to Slurm on %1…</source>
        <translation>正在向 %1 上的 Slurm 提交…</translation>
    </message>
    <message>
        <source>Slurm job %1 on %2 (%3): %4 of %5 tasks ended, %6 runs in the history</source>
        <translation>%2 上的 Slurm 作业 %1（%3）：%5 个任务中已结束 %4 个，历史中有 %6 次运行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tasks of the cluster job</source>
        <translation>集群作业的任务</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CoachPanel</name>
    <message>
        <source>Coach notes</source>
        <translation>教练点评</translation>
    </message>
    <message>
        <source>What the coach noticed in this run&apos;s curves, newest last</source>
        <translation>教练在本次运行曲线中发现的情况，最新的在最后</translation>
    </message>
    <message>
        <source>The coach comments on the curves after each evaluation.</source>
        <translation>每次评估后，教练都会对曲线进行点评。</translation>
    </message>
    <message>
        <source>Epoch %1 · %2
%3</source>
        <translation>Epoch %1 · %2
%3</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ComparisonDialog</name>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points</extracomment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Final val. acc.</source>
        <translation>最终验证准确率</translation>
    </message>
    <message>
        <source>Best val. acc.</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>最佳 Epoch</translation>
    </message>
    <message>
        <source>Train–val gap</source>
        <translation>训练–验证差距</translation>
    </message>
    <message>
        <source>Final val. loss</source>
        <translation>最终验证损失</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Comparison of runs</source>
        <translation>运行比较</translation>
    </message>
    <message>
        <source>The lab&apos;s claim</source>
        <translation>实验的论断</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>What cnnlab measured</source>
        <translation>cnnlab 的测量结果</translation>
    </message>
    <message>
        <source>Verdicts on the lab&apos;s claims</source>
        <translation>对实验论断的判定</translation>
    </message>
    <message>
        <source>&lt;b&gt;Did the lab&apos;s findings hold?&lt;/b&gt; A difference counts only when it is larger than the noise between seeds.</source>
        <translation>&lt;b&gt;实验的结论成立吗？&lt;/b&gt;只有当差异大于不同随机种子之间的噪声时，才算数。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>将比较结果导出为 CSV</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown</source>
        <translation>将比较结果导出为 Markdown</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy the comparison as Markdown</source>
        <translation>将比较结果复制为 Markdown</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Without dropout, training accuracy runs ahead of validation (overfitting).</source>
        <translation>不使用 Dropout 时，训练准确率领先于验证准确率（过拟合）。</translation>
    </message>
    <message>
        <source>Dropout raises validation accuracy.</source>
        <translation>Dropout 能提高验证准确率。</translation>
    </message>
    <message>
        <source>Batch size 1000 ends below batch size 32.</source>
        <translation>Batch 大小为 1000 时的最终结果低于 Batch 大小为 32 时。</translation>
    </message>
    <message>
        <source>Learning rate 0.01 fails to converge.</source>
        <translation>学习率为 0.01 时无法收敛。</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>已复现</translation>
    </message>
    <message>
        <source>not reproduced</source>
        <translation>未复现</translation>
    </message>
    <message>
        <source>within noise</source>
        <translation>在噪声范围内</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>The runs for this claim are missing.</source>
        <translation>缺少用于此论断的运行。</translation>
    </message>
    <message>
        <source>Final validation accuracy with lr 0.01: %1.</source>
        <translation>学习率 0.01 时的最终验证准确率：%1。</translation>
    </message>
    <message>
        <source>Training minus validation accuracy: %1 (noise %2).</source>
        <translation>训练准确率减去验证准确率：%1（噪声 %2）。</translation>
    </message>
    <message>
        <source>Dropout minus no dropout: %1 (noise %2).</source>
        <translation>使用 Dropout 减去不使用 Dropout：%1（噪声 %2）。</translation>
    </message>
    <message>
        <source>Batch 32 minus batch 1000: %1 (noise %2).</source>
        <translation>Batch 32 减去 Batch 1000：%1（噪声 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1 group(s). Group rows show the mean ± standard deviation over seeds.</source>
        <translation>
            <numerusform>%n 次运行，共 %1 组。组所在行显示各随机种子结果的均值 ± 标准差。</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %n seed(s))</source>
        <translation>
            <numerusform>%1（%n 个随机种子的均值）</numerusform>
        </translation>
    </message>
    <message>
        <source>All seeds together</source>
        <translation>所有随机种子合计</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较结果</translation>
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
        <translation>无法导出比较结果：%1</translation>
    </message>
    <message>
        <source>%1, from one seed: run the lab with 2 or more seeds to tell this from seed-to-seed noise.</source>
        <translation>%1，仅来自一个种子：请用 2 个或更多种子运行实验，才能与种子间的噪声区分开。</translation>
    </message>
    <message>
        <source>1 seed — noise not measured</source>
        <translation>1 个种子 — 未测量噪声</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Rows: true class. Columns: predicted class. Click a cell to see its images.</source>
        <translation>行：真实类别。列：预测类别。点击单元格可查看对应图像。</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Appears after the first full evaluation (end of epoch 1)</source>
        <translation>在第一次完整评估后显示（第 1 个 Epoch 结束时）</translation>
    </message>
    <message>
        <source>%1 of %2 images of “%3” recognised (%4)</source>
        <translation>“%3”的 %2 张图像中识别正确 %1 张（%4）</translation>
    </message>
    <message>
        <source>%1 images of “%2” taken for “%3” (%4 of that class). Click to see them.</source>
        <translation>“%2”的 %1 张图像被误认为“%3”（占该类别的 %4）。点击查看。</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>A count in thousands in a small confusion-matrix cell (&quot;1.1k&quot; for 1,135)</extracomment>
        <translation>%1千</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionPanel</name>
    <message>
        <source>Row &amp;percentages</source>
        <translation>行百分比(&amp;P)</translation>
    </message>
    <message>
        <source>Show each row as percentages of that true class instead of counts</source>
        <translation>将每一行显示为占该真实类别的百分比，而不是数量</translation>
    </message>
    <message>
        <source>Show row percentages</source>
        <translation>显示行百分比</translation>
    </message>
    <message>
        <source>Misclassified images of the selected cell</source>
        <translation>所选单元格中被错误分类的图像</translation>
    </message>
    <message>
        <source>Which digits are taken for which: appears after the first full evaluation.</source>
        <translation>哪些数字被误认为哪些：在第一次完整评估后显示。</translation>
    </message>
    <message>
        <source>Epoch %1: %2 of %3 validation images right (%4).</source>
        <translation>Epoch %1：%3 张验证图像中正确 %2 张（%4）。</translation>
    </message>
    <message>
        <source>Click a cell to see the images behind it.</source>
        <translation>点击单元格可查看其中的图像。</translation>
    </message>
    <message>
        <source>True %1 predicted %1: %2 images right. Click an off-diagonal cell to see mistakes.</source>
        <translation>真实为 %1、预测为 %1：%2 张图像正确。点击非对角线上的单元格可查看错误。</translation>
    </message>
    <message>
        <source>True %1, predicted %2: %3 images</source>
        <translation>真实为 %1，预测为 %2：%3 张图像</translation>
    </message>
    <message>
        <source>(%1 shown: only the %2 most confident mistakes are kept)</source>
        <translation>（显示 %1 张：只保留置信度最高的 %2 个错误）</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ControlsPanel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Dr&amp;opout</source>
        <translation>Dropout(&amp;O)</translation>
    </message>
    <message>
        <source>Randomly silence units while training (the lab&apos;s regularisation). Applies immediately, also during a run.</source>
        <translation>训练时随机让部分神经元失活（本实验的正则化方法）。立即生效，运行期间也可调整。</translation>
    </message>
    <message>
        <source>Dropout rate after the convolution and max-pool block</source>
        <translation>卷积和最大池化模块之后的 Dropout 比例</translation>
    </message>
    <message>
        <source>After &amp;convolutions:</source>
        <translation>卷积层之后(&amp;C)：</translation>
    </message>
    <message>
        <source>After de&amp;nse layer:</source>
        <translation>全连接层之后(&amp;N)：</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Batch 大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Learning rate on a logarithmic scale, 0.00001 to 0.1. Applies immediately, also during a run.</source>
        <translation>学习率采用对数刻度，范围 0.00001 到 0.1。立即生效，运行期间也可调整。</translation>
    </message>
    <message>
        <source>Batch size in powers of two, 8 to 4096. During a run it applies at the next epoch.</source>
        <translation>Batch 大小取 2 的幂，范围 8 到 4096。运行期间从下一个 Epoch 开始生效。</translation>
    </message>
    <message>
        <source>Any batch size from 1 to 60,000</source>
        <translation>1 到 60,000 之间的任意 Batch 大小</translation>
    </message>
    <message>
        <source>How many times the weights are updated in one pass over the training set. Batch 32 and batch 1000 do very different amounts of learning per epoch.</source>
        <translation>遍历一次训练集时权重更新的次数。Batch 32 和 Batch 1000 在每个 Epoch 中的学习量差别很大。</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Random seed: the same seed and settings give the same run on the same device</source>
        <translation>随机种子：在同一设备上，相同的种子和设置会得到相同的运行结果</translation>
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation>优化器(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>Epoch 数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Data and device</source>
        <translation>数据与设备</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>MNIST 手写数字</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>留出集</translation>
    </message>
    <message>
        <source>The 10,000 test images (what the lab called validation)</source>
        <translation>10,000 张测试图像（即本实验所说的验证集）</translation>
    </message>
    <message>
        <source>The last 10,000 training images, never trained on</source>
        <translation>训练集中最后 10,000 张图像，从不用于训练</translation>
    </message>
    <message>
        <source>Train on the first N images only, for quick demonstrations</source>
        <translation>只用前 N 张图像训练，便于快速演示</translation>
    </message>
    <message>
        <source>D&amp;ataset:</source>
        <translation>数据集(&amp;A)：</translation>
    </message>
    <message>
        <source>Valida&amp;tion:</source>
        <translation>验证集(&amp;T)：</translation>
    </message>
    <message>
        <source>Trainin&amp;g images:</source>
        <translation>训练图像(&amp;G)：</translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation>设备(&amp;I)：</translation>
    </message>
    <message>
        <source>Cost meter</source>
        <translation>费用计</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> /小时</translation>
    </message>
    <message>
        <source>Price of the machine per hour. $3.06 is the on-demand price of the AWS p3.2xlarge the lab used.</source>
        <translation>机器每小时的价格。$3.06 是本实验所用 AWS p3.2xlarge 实例的按需价格。</translation>
    </message>
    <message>
        <source>&amp;Machine price:</source>
        <translation>机器价格(&amp;M)：</translation>
    </message>
    <message>
        <source>Lab &amp;Defaults</source>
        <translation>实验默认值(&amp;D)</translation>
    </message>
    <message>
        <source>The lab&apos;s reference configuration: dropout 0.25/0.5, Adam, learning rate 0.001, batch 32, 10 epochs, seed 42, all 60,000 images</source>
        <translation>本实验的参考配置：Dropout 0.25/0.5、Adam、学习率 0.001、Batch 32、10 个 Epoch、随机种子 42、全部 60,000 张图像</translation>
    </message>
    <message>
        <source>During a run: learning rate and dropout apply immediately, batch size at the next epoch.</source>
        <translation>运行期间：学习率和 Dropout 立即生效，Batch 大小从下一个 Epoch 开始生效。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Turns dropout on or off; applies immediately, also during a run</source>
        <translation>开启或关闭 Dropout；立即生效，运行期间也可调整</translation>
    </message>
    <message>
        <source>Dropout after convolutions</source>
        <translation>卷积层之后的 Dropout</translation>
    </message>
    <message>
        <source>Dropout rate after the convolution block</source>
        <translation>卷积模块之后的 Dropout 比例</translation>
    </message>
    <message>
        <source>Dropout after dense layer</source>
        <translation>全连接层之后的 Dropout</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Logarithmic scale from 0.00001 to 0.1. Ctrl+Up and Ctrl+Down change it by one step.</source>
        <translation>对数刻度，范围 0.00001 到 0.1。Ctrl+↑ 和 Ctrl+↓ 每次调整一档。</translation>
    </message>
    <message>
        <source>Learning rate value</source>
        <translation>学习率数值</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch 大小</translation>
    </message>
    <message>
        <source>Powers of two from 8 to 4096. Ctrl+Right and Ctrl+Left double or halve it.</source>
        <translation>2 的幂，范围 8 到 4096。Ctrl+→ 和 Ctrl+← 将其加倍或减半。</translation>
    </message>
    <message>
        <source>Batch size value</source>
        <translation>Batch 大小数值</translation>
    </message>
    <message>
        <source>Updates per epoch</source>
        <translation>每个 Epoch 的更新次数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch 数</translation>
    </message>
    <message>
        <source>Passes over the training set</source>
        <translation>遍历训练集的次数</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed and settings give the same run on the same device</source>
        <translation>在同一设备上，相同的种子和设置会得到相同的运行结果</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>MNIST digits or Fashion-MNIST</source>
        <translation>MNIST 手写数字或 Fashion-MNIST</translation>
    </message>
    <message>
        <source>Validation data</source>
        <translation>验证数据</translation>
    </message>
    <message>
        <source>Where validation accuracy is measured</source>
        <translation>在哪里测量验证准确率</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>Train on the first N images only</source>
        <translation>只用前 N 张图像训练</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Where the model trains</source>
        <translation>模型在哪里训练</translation>
    </message>
    <message>
        <source>Machine price per hour</source>
        <translation>机器每小时价格</translation>
    </message>
    <message>
        <source>Used by the cost meter in the status bar</source>
        <translation>供状态栏中的费用计使用</translation>
    </message>
    <message>
        <source>Lab defaults</source>
        <translation>实验默认值</translation>
    </message>
    <message>
        <source>Restores the lab&apos;s reference configuration</source>
        <translation>恢复本实验的参考配置</translation>
    </message>
    <message>
        <source>, left over: %1</source>
        <translation>，剩余：%1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>Batch size %1 is not possible: a batch holds 1 to %2 images (the training set). Kept %3.</source>
        <translation>Batch 大小 %1 不可用：一个 Batch 包含 1 到 %2 张图像（训练集大小）。已保留 %3。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; update(s) per epoch&lt;br&gt;%1 images ÷ batch %2</source>
        <translation>
            <numerusform>每个 Epoch 更新 &lt;b&gt;%Ln&lt;/b&gt; 次&lt;br&gt;%1 张图像 ÷ Batch %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is larger than the %2 training images: each step uses all %2, so an epoch is a single update and the charts move only once per epoch.</source>
        <translation>批大小 %1 大于 %2 张训练图像：每一步都使用全部 %2 张，因此一个轮次只有一次更新，图表每个轮次只变化一次。</translation>
    </message>
    <message>
        <source>Dropout rate after the dense layer</source>
        <translation>全连接层之后的 Dropout 比率</translation>
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
        <translation>Adam、带动量的 SGD、AdamW 或 RMSprop</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetup</name>
    <message>
        <source>&amp;Download MNIST…</source>
        <translation>下载 MNIST(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Locate MNIST Folder…</source>
        <translation>定位 MNIST 文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>MNIST is installed in %1. Press Start to train.</source>
        <translation>MNIST 已安装到 %1。按“开始”进行训练。</translation>
    </message>
    <message>
        <source>Using MNIST from %1.</source>
        <translation>正在使用 %1 中的 MNIST。</translation>
    </message>
    <message>
        <source>File ▸ Download MNIST… installs a fresh, verified copy; File ▸ Locate MNIST Folder… uses another folder.</source>
        <translation>文件 ▸ 下载 MNIST… 安装一份经过校验的新副本；文件 ▸ 定位 MNIST 文件夹… 使用另一个文件夹。</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetupDialog</name>
    <message>
        <source>Folder with the MNIST files</source>
        <translation>存放 MNIST 文件的文件夹</translation>
    </message>
    <message>
        <source>MNIST Not Found</source>
        <translation>未找到 MNIST</translation>
    </message>
    <message>
        <source>MNIST is not installed</source>
        <translation>尚未安装 MNIST</translation>
    </message>
    <message>
        <source>Fashion-MNIST is installed (in %1) and works without this: choose it under Dataset on the left.</source>
        <translation>Fashion-MNIST 已安装（位于 %1），无需 MNIST 也能使用：在左侧的“数据集”中选择它即可。</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>正在检查文件夹…</translation>
    </message>
    <message>
        <source>The folder “%1” does not hold the four MNIST files.</source>
        <translation>文件夹“%1”中没有这四个 MNIST 文件。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be used: %2</source>
        <translation>无法使用文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>Problem with the chosen folder</source>
        <translation>所选文件夹有问题</translation>
    </message>
    <message>
        <source>What is missing and how to get it</source>
        <translation>缺少什么以及如何获取</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>&amp;Locate Folder…</source>
        <translation>指定文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>Locate a folder with the MNIST files</source>
        <translation>指定一个包含 MNIST 文件的文件夹</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>下载 MNIST</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>MNIST Folder</source>
        <translation>MNIST 文件夹</translation>
    </message>
    <message>
        <source>Where cnnlab reads MNIST</source>
        <translation>cnnlab 从哪里读取 MNIST</translation>
    </message>
    <message>
        <source>the four IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each possibly .gz)</source>
        <translation>四个 IDX 文件（train-images-idx3-ubyte、train-labels-idx1-ubyte、t10k-images-idx3-ubyte、t10k-labels-idx1-ubyte，均可为 .gz）</translation>
    </message>
    <message>
        <source>Locate a folder that holds %1, or download a fresh copy (about 11 MB, checked against pinned SHA-256 checksums).</source>
        <translation>选择一个包含%1的文件夹，或下载一份新副本（约 11 MB，按固定的 SHA-256 校验和检查）。</translation>
    </message>
    <message>
        <source>cnnlab trains on the MNIST handwritten digits, which were not found on this computer. Download them now (about 11 MB, checked against pinned SHA-256 checksums), or locate a folder that already holds %1.</source>
        <translation>cnnlab 使用 MNIST 手写数字进行训练，但在这台电脑上没有找到。现在下载（约 11 MB，按固定的 SHA-256 校验和检查），或选择一个已包含%1的文件夹。</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DeviceCombo</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The first GPU if there is one, else the CPU</source>
        <translation>如有 GPU 则用第一块 GPU，否则用 CPU</translation>
    </message>
    <message>
        <source>%1 — automatic (remote)</source>
        <translation>%1 — 自动（远程）</translation>
    </message>
    <message>
        <source>Trains on %1 through ssh: its first GPU if it has one, else its CPU</source>
        <translation>通过 ssh 在 %1 上训练：如有 GPU 则用其第一块 GPU，否则用其 CPU</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DigitCanvas</name>
    <message>
        <source>Drawing pad</source>
        <translation>绘图板</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger</source>
        <translation>用鼠标、手写笔或手指写一个数字</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DownloadDialog</name>
    <message>
        <source>Download MNIST</source>
        <translation>下载 MNIST</translation>
    </message>
    <message>
        <source>cnnlab downloads the four MNIST files (about 11 MB) from %1, checks each against its SHA-256 checksum and installs them in %2.</source>
        <translation>cnnlab 将从 %1 下载四个 MNIST 文件（约 11 MB），逐一核对其 SHA-256 校验和，然后安装到 %2。</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>What will be downloaded</source>
        <translation>将要下载的内容</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>下载状态</translation>
    </message>
    <message>
        <source>Start the download</source>
        <translation>开始下载</translation>
    </message>
    <message>
        <source>Cancel the download or close</source>
        <translation>取消下载或关闭</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ready to download.</source>
        <translation>准备下载。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 MB</source>
        <translation>正在下载 %1：%2 / %3 MB</translation>
    </message>
    <message>
        <source>Downloading %1: %2 MB</source>
        <translation>正在下载 %1：%2 MB</translation>
    </message>
    <message>
        <source>Checking and installing…</source>
        <translation>正在检查并安装…</translation>
    </message>
    <message>
        <source>MNIST is installed in %1.</source>
        <translation>MNIST 已安装到 %1。</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>下载失败。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>已取消；没有安装任何内容。</translation>
    </message>
    <message>
        <source>Download error</source>
        <translation>下载错误</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawPadPanel</name>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>清除绘图</translation>
    </message>
    <message>
        <source>Load &amp;Checkpoint…</source>
        <translation>加载检查点(&amp;C)…</translation>
    </message>
    <message>
        <source>Use the model saved by a finished run (checkpoint.pt)</source>
        <translation>使用已完成运行保存的模型（checkpoint.pt）</translation>
    </message>
    <message>
        <source>Load checkpoint</source>
        <translation>加载检查点</translation>
    </message>
    <message>
        <source>What the network sees (28 × 28)</source>
        <translation>网络看到的图像（28 × 28）</translation>
    </message>
    <message>
        <source>The drawing as the network sees it</source>
        <translation>网络眼中的绘图</translation>
    </message>
    <message>
        <source>The model thinks it is</source>
        <translation>模型认为它是</translation>
    </message>
    <message>
        <source>Probability of guess %1</source>
        <translation>猜测 %1 的概率</translation>
    </message>
    <message>
        <source>Cannot load the checkpoint “%1”: %2</source>
        <translation>无法加载检查点“%1”：%2</translation>
    </message>
    <message>
        <source>Load Checkpoint</source>
        <translation>加载检查点</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>检查点 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No model yet: press Start to train one (predictions appear after its first evaluation), or load a finished run&apos;s checkpoint.</source>
        <translation>还没有模型：按“开始”训练一个（第一次评估后会显示预测），或加载某次已完成运行的检查点。</translation>
    </message>
    <message>
        <source>Model: checkpoint %1.</source>
        <translation>模型：检查点 %1。</translation>
    </message>
    <message>
        <source>Model: the run in progress, as of its last evaluation.</source>
        <translation>模型：正在进行的运行，截至其最近一次评估。</translation>
    </message>
    <message>
        <source>Model: the last finished run.</source>
        <translation>模型：最近一次完成的运行。</translation>
    </message>
    <message>
        <source>Draw a digit in the box.</source>
        <translation>请在方框中写一个数字。</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ExperimentsController</name>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Sweep Results</source>
        <translation>扫描结果</translation>
    </message>
    <message>
        <source>&amp;Runs Panel</source>
        <translation>运行面板(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;weep Results</source>
        <translation>扫描结果(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>实验(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Reproduce the Lab…</source>
        <translation>复现实验(&amp;R)…</translation>
    </message>
    <message>
        <source>Reproduce the Lab…</source>
        <translation>复现实验…</translation>
    </message>
    <message>
        <source>Queue the lab&apos;s four configurations over several seeds and judge its claims</source>
        <translation>将本实验的四种配置按多个随机种子加入队列，并判定其论断</translation>
    </message>
    <message>
        <source>&amp;Sweep…</source>
        <translation>参数扫描(&amp;S)…</translation>
    </message>
    <message>
        <source>Queue a grid of learning rates, batch sizes and dropout settings</source>
        <translation>将学习率、Batch 大小和 Dropout 设置的网格组合加入队列</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>比较运行(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the runs checked (or selected) in the runs panel</source>
        <translation>比较运行面板中勾选（或选中）的运行</translation>
    </message>
    <message>
        <source>&amp;X Axis</source>
        <translation>X 轴(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>Epoch(&amp;E)</translation>
    </message>
    <message>
        <source>Optimizer &amp;Steps</source>
        <translation>优化步数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Images Seen</source>
        <translation>已见图像数(&amp;I)</translation>
    </message>
    <message>
        <source>Training &amp;Time</source>
        <translation>训练用时(&amp;T)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Optimizer steps</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <source>Images seen</source>
        <translation>已见图像数</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练用时</translation>
    </message>
    <message>
        <source>X axis of the charts</source>
        <translation>图表的 X 轴</translation>
    </message>
    <message>
        <source>What the charts&apos; x axis counts, for the live run and the overlays</source>
        <translation>图表 X 轴的计量方式，适用于当前运行和叠加曲线</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>X 轴(&amp;X)：</translation>
    </message>
    <message>
        <source>Reproduce the lab</source>
        <translation>复现实验</translation>
    </message>
    <message>
        <source>The run could not be saved to the run history. It is still shown; File ▸ Save Run Record… keeps it.</source>
        <translation>无法将本次运行保存到运行历史中。它仍会显示；可通过“文件 ▸ 保存运行记录…”保留它。</translation>
    </message>
    <message>
        <source>The run could not be saved to the run history: %1 It is still shown; File ▸ Save Run Record… keeps it elsewhere.</source>
        <translation>无法将本次运行保存到运行历史中：%1 它仍会显示；可通过“文件 ▸ 保存运行记录…”将其保存到其他位置。</translation>
    </message>
    <message>
        <source>The run is in the run history, but its trained model could not be saved: %1</source>
        <translation>本次运行已保存到运行历史中，但其训练好的模型无法保存：%1</translation>
    </message>
    <message>
        <source>Saved to the run history: %1</source>
        <translation>已保存到运行历史：%1</translation>
    </message>
    <message>
        <source>Queue: starting %1 (%2 of %3)</source>
        <translation>队列：正在启动 %1（第 %2 个，共 %3 个）</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ExplainDocks</name>
    <message>
        <source>E&amp;xplain</source>
        <translation>解读(&amp;X)</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Confusion Matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Draw a Digit</source>
        <translation>写一个数字</translation>
    </message>
    <message>
        <source>Filters and Feature Maps</source>
        <translation>滤波器与特征图</translation>
    </message>
    <message>
        <source>Plain-language notes on the curves: overfitting, stalling, divergence, the best epoch</source>
        <translation>用通俗语言点评曲线：过拟合、停滞、发散以及最佳 Epoch</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the run&apos;s charts, settings, coach notes and confusion matrix as an HTML page or a PDF</source>
        <translation>将本次运行的图表、设置、教练点评和混淆矩阵写成 HTML 网页或 PDF</translation>
    </message>
    <message>
        <source>There is no run to report on yet: train one or open a run record.</source>
        <translation>还没有可生成报告的运行：请先训练一次，或打开一个运行记录。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation>网页 (*.html);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FileLocations</name>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FiltersPanel</name>
    <message>
        <source>Red: positive weights, blue: negative. Each filter slides over the image and responds to a small pattern such as an edge in one direction.</source>
        <translation>红色：正权重，蓝色：负权重。每个滤波器在图像上滑动，对某种小图案（例如某个方向的边缘）产生响应。</translation>
    </message>
    <message>
        <source>&amp;Digit:</source>
        <translation>数字(&amp;D)：</translation>
    </message>
    <message>
        <source>Digit whose feature maps are shown</source>
        <translation>显示其特征图的数字</translation>
    </message>
    <message>
        <source>The chosen digit</source>
        <translation>所选数字</translation>
    </message>
    <message>
        <source>No model yet: train one or load a checkpoint in the drawing pad.</source>
        <translation>还没有模型：先训练一个，或在绘图板中加载检查点。</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>第一层滤波器</translation>
    </message>
    <message>
        <source>Layer 1 feature maps</source>
        <translation>第 1 层特征图</translation>
    </message>
    <message>
        <source>Layer 2 feature maps</source>
        <translation>第 2 层特征图</translation>
    </message>
    <message>
        <source>Sample %1 (%2)</source>
        <translation>样本 %1（%2）</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>你的绘图</translation>
    </message>
    <message>
        <source>Filters and feature maps</source>
        <translation>滤波器与特征图</translation>
    </message>
    <message>
        <source>First layer: %1 learned %2 × %2 filters</source>
        <translation>第一层：%1 个学习得到的 %2 × %2 滤波器</translation>
    </message>
    <message>
        <source>Layer 1: what each of the %1 filters sees in it (%2 × %2)</source>
        <translation>第 1 层：%1 个滤波器各自在其中看到的内容（%2 × %2）</translation>
    </message>
    <message>
        <source>Layer 2: %1 feature maps built from those (%2 × %2)</source>
        <translation>第 2 层：由这些特征图构建出的 %1 张特征图（%2 × %2）</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::KeyboardShortcuts</name>
    <message>
        <source>&amp;Increase Learning Rate</source>
        <translation>提高学习率(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Decrease Learning Rate</source>
        <translation>降低学习率(&amp;D)</translation>
    </message>
    <message>
        <source>Lar&amp;ger Batch</source>
        <translation>增大 Batch(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;maller Batch</source>
        <translation>减小 Batch(&amp;M)</translation>
    </message>
    <message>
        <source>Toggle Dr&amp;opout</source>
        <translation>切换 Dropout(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Start; while running: pause or resume</source>
        <translation>开始；运行中：暂停或继续</translation>
    </message>
    <message>
        <source>Stop the run or replay; in presenter mode with nothing running: leave presenter mode</source>
        <translation>停止运行或回放；在演示模式下且没有正在运行的任务时：退出演示模式</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::LabDialog</name>
    <message>
        <source>Reproduce the Lab</source>
        <translation>复现实验</translation>
    </message>
    <message>
        <source>Trains the lab&apos;s four configurations — no dropout, dropout, batch size 1000 and learning rate 0.01 — once per seed, one after the other, then judges each of the lab&apos;s claims against the noise between seeds.</source>
        <translation>依次训练本实验的四种配置——不使用 Dropout、使用 Dropout、Batch 大小 1000 和学习率 0.01——每个随机种子各训练一次，然后对照不同随机种子之间的噪声，判定本实验的每条论断。</translation>
    </message>
    <message>
        <source>&amp;Seeds per configuration:</source>
        <translation>每种配置的随机种子数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>Epoch 数(&amp;E)：</translation>
    </message>
    <message>
        <source>Training &amp;images:</source>
        <translation>训练图像(&amp;I)：</translation>
    </message>
    <message>
        <source>Seeds per configuration</source>
        <translation>每种配置的随机种子数</translation>
    </message>
    <message>
        <source>More seeds tell a real difference from luck; 3 is a good start</source>
        <translation>随机种子越多，越能把真实差异和运气区分开；3 个是不错的起点</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch 数</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>All 60,000 (the lab)</source>
        <translation>全部 60,000 张（与本实验相同）</translation>
    </message>
    <message>
        <source>Quick: the first 10,000</source>
        <translation>快速：前 10,000 张</translation>
    </message>
    <message>
        <source>Queue Runs</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Queue the lab&apos;s runs</source>
        <translation>将本实验的运行加入队列</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of %1 epoch(s) each.</source>
        <translation>
            <numerusform>%n 次运行，每次 %1 个 Epoch。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MainWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start training with the settings on the left (Space)</source>
        <translation>用左侧的设置开始训练（空格）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run after the current step (Esc)</source>
        <translation>在当前步骤之后停止运行（Esc）</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Clear the charts and predictions (Ctrl+R)</source>
        <translation>清除图表和预测（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Full Range</source>
        <translation>全部范围(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole range of values instead of zooming in on recent ones</source>
        <translation>显示数值的全部范围，而不是放大显示最近的数值</translation>
    </message>
    <message>
        <source>&amp;Open Run Record…</source>
        <translation>打开运行记录(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Run Record…</source>
        <translation>保存运行记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the last run as run.json (the format cnnlab-train writes)</source>
        <translation>将最近一次运行保存为 run.json（cnnlab-train 写出的格式）</translation>
    </message>
    <message>
        <source>Batch size %1 applies from the next epoch.</source>
        <translation>Batch 大小 %1 将从下一个 Epoch 开始生效。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Accuracy Chart</source>
        <translation>准确率图表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Loss Chart</source>
        <translation>损失图表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Both Charts</source>
        <translation>两个图表(&amp;B)</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>PDF 文档…</translation>
    </message>
    <message>
        <source>CSV Data…</source>
        <translation>CSV 数据…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lab Defaults</source>
        <translation>实验默认值(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>增大字号(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>减小字号(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>默认字号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About cnnlab</source>
        <translation>关于 cnnlab(&amp;A)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>cnnlab — CNN workbench</source>
        <translation>cnnlab — CNN 工作台</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The translation for this language could not be loaded.</source>
        <translation>无法加载该语言的翻译。</translation>
    </message>
    <message>
        <source>Stopping the run…</source>
        <translation>正在停止运行…</translation>
    </message>
    <message>
        <source>Finished. Epochs: %1, training time: %2, validation accuracy: %3, validation loss: %4.</source>
        <translation>已完成。Epoch 数：%1，训练用时：%2，验证准确率：%3，验证损失：%4。</translation>
    </message>
    <message>
        <source>Stopped at epoch %1 after %2 of training.</source>
        <translation>训练了 %2 后在第 %1 个 Epoch 停止。</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1: the loss is no longer a finite number. Try a smaller learning rate (now %2).</source>
        <translation>训练在第 %1 个 Epoch 发散：损失已不再是有限数值。请尝试更小的学习率（当前为 %2）。</translation>
    </message>
    <message>
        <source>Replay of “%1” %2 at epoch %3. Recorded result: %4, validation accuracy %5.</source>
        <translation>“%1”的回放%2于第 %3 个 Epoch。记录的结果：%4，验证准确率 %5。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Continue training (Space)</source>
        <translation>继续训练（空格）</translation>
    </message>
    <message>
        <source>Pause after the current step (Space)</source>
        <translation>在当前步骤之后暂停（空格）</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>There is no finished run to save.</source>
        <translation>没有可保存的已完成运行。</translation>
    </message>
    <message>
        <source>Stop the current run before opening another one.</source>
        <translation>请先停止当前运行，再打开另一个运行。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Showing the saved run “%1” (%2, validation accuracy %3). Start trains anew with the settings on the left.</source>
        <translation>正在显示已保存的运行“%1”（%2，验证准确率 %3）。按“开始”将使用左侧的设置重新训练。</translation>
    </message>
    <message>
        <source>Open Run Record</source>
        <translation>打开运行记录</translation>
    </message>
    <message>
        <source>Run records (*.json);;All files (*)</source>
        <translation>运行记录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Run Record</source>
        <translation>保存运行记录</translation>
    </message>
    <message>
        <source>Run records (*.json)</source>
        <translation>运行记录 (*.json)</translation>
    </message>
    <message>
        <source>About cnnlab</source>
        <translation>关于 cnnlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cnnlab %1&lt;/h3&gt;&lt;p&gt;A workbench for training the lab&apos;s convolutional network on MNIST in front of a class.&lt;/p&gt;&lt;p&gt;Qt %2%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cnnlab %1&lt;/h3&gt;&lt;p&gt;一个在课堂上现场训练本实验卷积神经网络（MNIST）的工作台。&lt;/p&gt;&lt;p&gt;Qt %2%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run settings</source>
        <translation>运行设置</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>Re&amp;play Run…</source>
        <translation>回放运行(&amp;P)…</translation>
    </message>
    <message>
        <source>Play a saved run.json back as if it were training now, without training</source>
        <translation>将保存的 run.json 像正在训练一样重新播放，而不实际训练</translation>
    </message>
    <message>
        <source>Stop the current run before replaying another one.</source>
        <translation>请先停止当前运行，再回放另一个运行。</translation>
    </message>
    <message>
        <source>“%1” has no recorded training to replay.</source>
        <translation>“%1”中没有可回放的训练记录。</translation>
    </message>
    <message>
        <source>Replaying the saved run “%1”: nothing is training; the figures are the recorded ones.</source>
        <translation>正在回放已保存的运行“%1”：当前没有在训练；显示的数据均为记录值。</translation>
    </message>
    <message>
        <source>Replay Run</source>
        <translation>回放运行</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the validation loss had stopped improving. The model keeps the weights of the best epoch, %2 (validation accuracy %3).</source>
        <translation>在第 %1 轮后提前停止：验证损失已不再改善。模型保留最佳一轮（第 %2 轮）的权重（验证准确率 %3）。</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MapGrid</name>
    <message>
        <source>Filter %1</source>
        <translation>滤波器 %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MetricsChart</name>
    <message>
        <source>Chart of %1 against epochs. Context menu: export as image or CSV, full range.</source>
        <translation>%1 随 Epoch 变化的图表。右键菜单：导出为图像或 CSV、显示全部范围。</translation>
    </message>
    <message>
        <source>%1 — zoomed</source>
        <extracomment>Axis title while the y axis shows only the recent values; %1 is the title (&quot;Accuracy (%)&quot;)</extracomment>
        <translation>%1 — 已缩放</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4</source>
        <extracomment>Chart tooltip: series name, what x is (&quot;epoch&quot;, &quot;step&quot;, ...) and where, value</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>将数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Full Range</source>
        <translation>全部范围</translation>
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
        <translation>图像 %1：真实类别 %2，预测为 %3</translation>
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
        <translation>被错误分类的图像，置信度最高的排在最前</translation>
    </message>
    <message>
        <source>The misclassified validation images appear after the first full evaluation.</source>
        <translation>被错误分类的验证图像将在第一次完整评估后显示。</translation>
    </message>
    <message>
        <source>%1 mistakes; the %2 the network was surest about, most confident first.</source>
        <translation>共 %1 个错误；以下是网络最有把握的 %2 个，按置信度从高到低排列。</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MnistDownloader</name>
    <message>
        <source>no download address is configured</source>
        <translation>未配置下载地址</translation>
    </message>
    <message>
        <source>Refused to download from “%1”: cnnlab downloads only over https:// (plain http:// only from this computer itself). Nothing was installed.</source>
        <translation>拒绝从“%1”下载：cnnlab 只通过 https:// 下载（普通 http:// 仅限本机地址）。没有安装任何内容。</translation>
    </message>
    <message>
        <source>Could not download %1 from %2: %3. Check the internet connection and try again. Nothing was installed.</source>
        <translation>无法从 %2 下载 %1：%3。请检查网络连接后重试。没有安装任何内容。</translation>
    </message>
    <message>
        <source>The server %1 answered “%2 %3” for %4. Nothing was installed.</source>
        <translation>服务器 %1 对 %4 的响应为“%2 %3”。没有安装任何内容。</translation>
    </message>
    <message>
        <source>Downloading %1 from %2 stopped: no data arrived for %3 seconds. Nothing was installed.</source>
        <translation>从 %2 下载 %1 已中断：%3 秒内没有收到任何数据。没有安装任何内容。</translation>
    </message>
    <message>
        <source>The download of %1 from %2 ended early (%3 of %4 bytes). Try again; nothing was installed.</source>
        <translation>从 %2 下载 %1 时提前结束（%4 字节中只收到 %3 字节）。请重试；没有安装任何内容。</translation>
    </message>
    <message>
        <source>%1 from %2 is larger than any MNIST file (more than %3 MB), so the download was stopped. Nothing was installed.</source>
        <translation>来自 %2 的 %1 比任何 MNIST 文件都大（超过 %3 MB），因此已停止下载。没有安装任何内容。</translation>
    </message>
    <message>
        <source>%1 from %2 is not a complete gzip file (damaged or cut short). Try again; nothing was installed.</source>
        <translation>来自 %2 的 %1 不是完整的 gzip 文件（已损坏或被截断）。请重试；没有安装任何内容。</translation>
    </message>
    <message>
        <source>%1 from %2 does not have the expected SHA-256 checksum: it is damaged or a different version of MNIST. Nothing was installed.</source>
        <translation>来自 %2 的 %1 的 SHA-256 校验和与预期不符：文件已损坏，或者是不同版本的 MNIST。没有安装任何内容。</translation>
    </message>
    <message>
        <source>Could not save MNIST in “%1”: %2</source>
        <translation>无法将 MNIST 保存到“%1”：%2</translation>
    </message>
    <message>
        <source>%1 (All %2 download addresses failed; this was the last one.)</source>
        <translation>%1（全部 %2 个下载地址均失败；这是最后一个。）</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::NetworkControls</name>
    <message>
        <source>Conv blocks:</source>
        <translation>卷积块：</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>滤波器：</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>卷积核(&amp;K)：</translation>
    </message>
    <message>
        <source>Dense &amp;units:</source>
        <translation>全连接单元(&amp;U)：</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>激活函数：</translation>
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
        <translation>批归一化</translation>
    </message>
    <message>
        <source>Convolution layers before the max-pool: the lab has two</source>
        <translation>最大池化之前的卷积层数：实验使用两层</translation>
    </message>
    <message>
        <source>Filters of the first convolution; each further block doubles them (the lab: 32, 64)</source>
        <translation>第一个卷积层的滤波器数；之后每个块翻倍（实验中为 32、64）</translation>
    </message>
    <message>
        <source>Size of each convolution&apos;s window</source>
        <translation>每个卷积窗口的大小</translation>
    </message>
    <message>
        <source>Units of the dense layer before the output (the lab: 128)</source>
        <translation>输出层之前全连接层的单元数（实验中为 128）</translation>
    </message>
    <message>
        <source>ReLU trains deep networks well; with tanh or sigmoid the gradient fades through the layers (the vanishing-gradient lesson)</source>
        <translation>ReLU 能很好地训练深层网络；使用 tanh 或 sigmoid 时梯度会逐层衰减（梯度消失一课）</translation>
    </message>
    <message>
        <source>Normalize each layer&apos;s outputs over the batch: trains faster and takes higher learning rates</source>
        <translation>在批次上归一化每层的输出：训练更快，并能承受更高的学习率</translation>
    </message>
    <message>
        <source>Trainable weights, and the arithmetic of one image&apos;s forward pass (one multiply-add counts as two operations)</source>
        <translation>可训练的权重数，以及一张图像前向传播的计算量（一次乘加计为两次运算）</translation>
    </message>
    <message>
        <source>Convolution blocks</source>
        <translation>卷积块</translation>
    </message>
    <message>
        <source>Filters of the first block</source>
        <translation>第一个块的滤波器数</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Dense units</source>
        <translation>全连接单元</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>模型大小</translation>
    </message>
    <message>
        <source>%1 parameters · %2 million FLOPs per image</source>
        <extracomment>Model size: %1 trainable parameters, %2 million floating-point operations per image</extracomment>
        <translation>%1 个参数 · 每张图像 %2 百万次浮点运算</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::OptimizerControls</name>
    <message>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>调度：</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>One-cycle (warm-up)</source>
        <translation>单周期（含预热）</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum: how much of the last step carries into the next</source>
        <translation>SGD 的动量：上一步有多少延续到下一步</translation>
    </message>
    <message>
        <source>Look ahead along the momentum before taking the gradient</source>
        <translation>在计算梯度之前沿动量方向向前看</translation>
    </message>
    <message>
        <source>How the learning rate moves over the run: constant (the lab), halved every few epochs, a cosine down to zero, or one cycle that warms up first</source>
        <translation>学习率在训练中的变化方式：恒定（实验设置）、每隔几轮减半、余弦下降到零，或先预热的单周期</translation>
    </message>
    <message>
        <source>The learning rate over the run, from the first epoch to the last</source>
        <translation>整个训练过程中的学习率，从第一轮到最后一轮</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Learning-rate schedule curve</source>
        <translation>学习率调度曲线</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PredictionsGrid</name>
    <message>
        <source>Sample predictions</source>
        <translation>示例预测</translation>
    </message>
    <message>
        <source>Sample predictions — appear when training starts</source>
        <translation>示例预测 — 开始训练后显示</translation>
    </message>
    <message>
        <source>Sample predictions — waiting for the first evaluation</source>
        <translation>示例预测 — 等待第一次评估</translation>
    </message>
    <message>
        <source>Sample predictions — %1 of %2 correct</source>
        <translation>示例预测 — %2 个中正确 %1 个</translation>
    </message>
    <message>
        <source>Sample digits appear when training starts.</source>
        <translation>示例数字将在开始训练后显示。</translation>
    </message>
    <message>
        <source>True class: %1&lt;br&gt;No prediction yet.</source>
        <translation>真实类别：%1&lt;br&gt;尚无预测。</translation>
    </message>
    <message>
        <source>True class: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>真实类别：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;预测：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1. %2 — %3</source>
        <translation>&lt;br&gt;%1. %2 — %3</translation>
    </message>
    <message>
        <source>Sample predictions — %1 of %2 shown correct (%3 more hidden: enlarge this panel)</source>
        <translation>样本预测 — 显示的 %2 个中 %1 个正确（另有 %3 个被遮住：请放大此面板）</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text and thick chart lines for the room (F11)</source>
        <translation>全屏、大字号、加粗图表线条，方便全场观看（F11）</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>&amp;High Contrast While Presenting</source>
        <translation>演示时使用高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Hide &amp;Advanced Controls While Presenting</source>
        <translation>演示时隐藏高级控件(&amp;A)</translation>
    </message>
    <message>
        <source>Keep learning rate, dropout, batch size and epochs; hide seed, optimizer, data, device and cost</source>
        <translation>保留学习率、Dropout、Batch 大小和 Epoch 数；隐藏随机种子、优化器、数据、设备和费用</translation>
    </message>
    <message>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>色盲友好配色(&amp;C)</translation>
    </message>
    <message>
        <source>Okabe–Ito colours for the chart lines and the prediction verdicts</source>
        <translation>图表线条和预测判定使用 Okabe–Ito 配色</translation>
    </message>
    <message>
        <source>Presenter &amp;Options</source>
        <translation>演示选项(&amp;O)</translation>
    </message>
    <message>
        <source>Presenter mode: F11 or Esc (when no run is active) leaves it.</source>
        <translation>演示模式：按 F11 或 Esc（没有正在进行的运行时）退出。</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::QueuePanel</name>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Experiment queue</source>
        <translation>实验队列</translation>
    </message>
    <message>
        <source>Pause the queue</source>
        <translation>暂停队列</translation>
    </message>
    <message>
        <source>Let the current run finish, then start no new one</source>
        <translation>让当前运行完成，然后不再启动新的运行</translation>
    </message>
    <message>
        <source>Stop Run</source>
        <translation>停止运行</translation>
    </message>
    <message>
        <source>Stop the current run</source>
        <translation>停止当前运行</translation>
    </message>
    <message>
        <source>Stop the current run; it goes back to pending and the queue pauses</source>
        <translation>停止当前运行；它会回到等待状态，队列随之暂停</translation>
    </message>
    <message>
        <source>Clear Pending</source>
        <translation>清除等待项</translation>
    </message>
    <message>
        <source>Clear the pending runs</source>
        <translation>清除等待中的运行</translation>
    </message>
    <message>
        <source>Drop every run that has not started</source>
        <translation>移除所有尚未开始的运行</translation>
    </message>
    <message>
        <source>The queue is empty. Experiments ▸ Reproduce the Lab or Sweep fill it.</source>
        <translation>队列为空。可通过“实验 ▸ 复现实验”或“参数扫描”来填充。</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 pending</source>
        <translation>%2 个中已完成 %1 个，%3 个等待中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Continue Queue</source>
        <translation>继续队列</translation>
    </message>
    <message>
        <source>Pause Queue</source>
        <translation>暂停队列</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RegularizationControls</name>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Weight decay (L2):</source>
        <translation>权重衰减（L2）：</translation>
    </message>
    <message>
        <source>L1 penalty:</source>
        <translation>L1 惩罚：</translation>
    </message>
    <message>
        <source>Label smoothing:</source>
        <translation>标签平滑：</translation>
    </message>
    <message>
        <source>Shift images:</source>
        <translation>平移图像：</translation>
    </message>
    <message>
        <source>Rotate images:</source>
        <translation>旋转图像：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Data augmentation: move each training image by up to this many pixels, a new random shift every batch, so the network cannot memorize positions</source>
        <translation>数据增强：把每张训练图像最多平移这么多像素，每个批次随机重新平移，使网络无法记住位置</translation>
    </message>
    <message>
        <source>Data augmentation: turn each training image by up to this many degrees</source>
        <translation>数据增强：把每张训练图像最多旋转这么多度</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs, and keep the weights of the best epoch</source>
        <translation>当验证损失连续这么多轮没有改善时停止，并保留最佳一轮的权重</translation>
    </message>
    <message>
        <source>Augmentation shift</source>
        <translation>数据增强平移</translation>
    </message>
    <message>
        <source>Augmentation rotation</source>
        <translation>数据增强旋转</translation>
    </message>
    <message>
        <source>Early-stopping patience</source>
        <translation>早停耐心轮数</translation>
    </message>
    <message>
        <source>AdamW&apos;s decoupled weight decay: each step shrinks every weight a little, apart from the gradient (nothing is added to the loss). 0 turns it off.</source>
        <translation>AdamW 的解耦权重衰减：每一步都把每个权重缩小一点，与梯度分开（不向损失中添加任何项）。0 表示关闭。</translation>
    </message>
    <message>
        <source>An L2 penalty on the weights added to the loss, as Keras&apos; kernel regularizer: large weights cost more, so the network stays simpler. 0 turns it off.</source>
        <translation>加到损失中的权重 L2 惩罚，与 Keras 的 kernel 正则化相同：大权重代价更高，因此网络保持更简单。0 表示关闭。</translation>
    </message>
    <message>
        <source>An L1 penalty on the weights added to the loss: it pushes many weights to exactly zero. 0 turns it off.</source>
        <translation>加到损失中的权重 L1 惩罚：它把许多权重压到恰好为零。0 表示关闭。</translation>
    </message>
    <message>
        <source>Train against slightly softened targets (the right class gets a little less than 100 %), so the network is less overconfident</source>
        <translation>使用略微软化的目标训练（正确类别略低于 100 %），使网络不那么过度自信</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>L1 penalty</source>
        <translation>L1 惩罚</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <source>Early-stop patience:</source>
        <translation>早停耐心：</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RemoteMachinesDialog</name>
    <message>
        <source> (%1 GB)</source>
        <translation>（%1 GB）</translation>
    </message>
    <message>
        <source>%1 (cnnlab %2): %3. %4</source>
        <translation>%1（cnnlab %2）：%3。%4</translation>
    </message>
    <message>
        <source>MNIST is installed there.</source>
        <translation>那里已安装 MNIST。</translation>
    </message>
    <message>
        <source>MNIST is not installed there yet.</source>
        <translation>那里尚未安装 MNIST。</translation>
    </message>
    <message>
        <source>Remote Machines</source>
        <translation>远程机器</translation>
    </message>
    <message>
        <source>Train on another machine through ssh: a school GPU server or a cloud instance with cnnlab installed. cnnlab uses your ssh setup (~/.ssh/config aliases, keys, agent) and never asks for a password: test the connection in a terminal first (ssh DESTINATION). Nothing keeps running there after a run ends.</source>
        <translation>通过 ssh 在另一台机器上训练：学校的 GPU 服务器或已安装 cnnlab 的云实例。cnnlab 使用您的 ssh 配置（~/.ssh/config 别名、密钥、代理），从不询问密码：请先在终端中测试连接（ssh 目标）。运行结束后，那里不会有任何程序继续运行。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SSH destination</source>
        <translation>SSH 目标</translation>
    </message>
    <message>
        <source>cnnlab-train there (optional)</source>
        <translation>那里的 cnnlab-train（可选）</translation>
    </message>
    <message>
        <source>$ per hour</source>
        <translation>每小时 $</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>gpu-server</source>
        <translation>gpu-server</translation>
    </message>
    <message>
        <source>Enter the ssh destination first (an alias from ~/.ssh/config, or user@host).</source>
        <translation>请先输入 ssh 目标（~/.ssh/config 中的别名，或 用户@主机）。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>已连接。%1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RemoteSetup</name>
    <message>
        <source>Copying MNIST to %1: %2 of %3 MB…</source>
        <translation>正在将 MNIST 复制到 %1：%2 / %3 MB…</translation>
    </message>
    <message>
        <source>Remote &amp;Machines…</source>
        <translation>远程机器(&amp;M)…</translation>
    </message>
    <message>
        <source>Machines to train on through ssh: a GPU server, a cloud instance</source>
        <translation>可通过 ssh 训练的机器：GPU 服务器、云实例</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>%1 is ready: %2</source>
        <translation>%1 已就绪：%2</translation>
    </message>
    <message>
        <source>Copy MNIST to %1?</source>
        <translation>将 MNIST 复制到 %1？</translation>
    </message>
    <message>
        <source>%1 has no MNIST yet. Copy this machine&apos;s verified copy there (about 55 MB over ssh)? It is checked against its SHA-256 checksums there.</source>
        <translation>%1 上还没有 MNIST。要把本机已验证的副本复制过去吗（通过 ssh 约 55 MB）？那里会用 SHA-256 校验和进行检查。</translation>
    </message>
    <message>
        <source>MNIST is installed on %1 and verified.</source>
        <translation>MNIST 已安装在 %1 上并通过验证。</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ReplayBar</name>
    <message>
        <source>S&amp;peed:</source>
        <translation>速度(&amp;P)：</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <source>How many times faster than recorded the run plays, 1 to 50</source>
        <translation>回放速度相对于录制时的倍数，1 到 50</translation>
    </message>
    <message>
        <source>Replay speed: 1× is as recorded</source>
        <translation>回放速度：1× 即录制时的速度</translation>
    </message>
    <message>
        <source>REPLAY %1×</source>
        <translation>回放 %1×</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>回放</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunStatePill</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Viewing %1</source>
        <translation>正在查看 %1</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>正在回放</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>回放已暂停</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>回放已完成</translation>
    </message>
    <message>
        <source>Replay stopped</source>
        <translation>回放已停止</translation>
    </message>
    <message>
        <source>Run state: %1</source>
        <translation>运行状态：%1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunStatusBar</name>
    <message>
        <source>Epoch in progress and optimizer steps so far</source>
        <translation>当前 Epoch 及目前的优化步数</translation>
    </message>
    <message>
        <source>Training images per second</source>
        <translation>每秒训练的图像数</translation>
    </message>
    <message>
        <source>Time since Start, pauses and data loading included (the machine is billed for it)</source>
        <translation>自按下“开始”以来的时间，包括暂停和加载数据的时间（机器按此计费）</translation>
    </message>
    <message>
        <source>Estimated training time left, at the recent speed</source>
        <translation>按最近的速度估算的剩余训练时间</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>Epoch –</translation>
    </message>
    <message>
        <source>– images/s</source>
        <translation>– 张图像/秒</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>剩余时间 –</translation>
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation>%1于第 %2 个 Epoch</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source>Cost – (replay)</source>
        <translation>费用 –（回放）</translation>
    </message>
    <message>
        <source>A replay trains nothing and costs nothing; the recorded run cost %1 up to here at %2 per hour</source>
        <translation>回放不进行训练，也不产生费用；录制的运行到此为止花费 %1（每小时 %2）</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <source>Elapsed time × %1 per hour (set in the Cost meter box)</source>
        <translation>已用时间 × 每小时 %1（在“费用计”框中设置）</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Training on %1 through ssh (%2); it stops there when the run ends or this window closes</source>
        <translation>正在通过 ssh 在 %1（%2）上训练；运行结束或关闭此窗口时，那里的训练会停止</translation>
    </message>
    <message>
        <source>Where the model trains</source>
        <translation>模型在哪里训练</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · step %3</source>
        <translation>Epoch %1 / %2 · 第 %3 步</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 张图像/秒</translation>
    </message>
    <message>
        <source>ETA done</source>
        <translation>剩余时间：已完成</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余时间 %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunTargetPicker</name>
    <message>
        <source>Give the cluster&apos;s shared folder as an absolute path (home or scratch, where the compute nodes see it too).</source>
        <translation>请以绝对路径给出集群的共享文件夹（home 或 scratch，计算节点也能访问的位置）。</translation>
    </message>
    <message>
        <source>Write the time limit as HH:MM:SS.</source>
        <translation>请将时间限制写成 HH:MM:SS。</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1, one run after another</source>
        <translation>%1，逐个运行</translation>
    </message>
    <message>
        <source>Slurm cluster through %1</source>
        <translation>通过 %1 使用 Slurm 集群</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>运行于(&amp;U)：</translation>
    </message>
    <message>
        <source>Shared folder:</source>
        <translation>共享文件夹：</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>分区：</translation>
    </message>
    <message>
        <source>GPUs per task:</source>
        <translation>每个任务的 GPU：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
    <message>
        <source>/home/you/cnnlab-runs (seen by every node)</source>
        <translation>/home/you/cnnlab-runs（所有节点可见）</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>集群默认值</translation>
    </message>
    <message>
        <source>HH:MM:SS (the partition&apos;s default)</source>
        <translation>HH:MM:SS（分区默认值）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Remote machines and clusters are set up in Run ▸ Remote Machines…</source>
        <translation>远程机器和集群在“运行 ▸ 远程机器…”中设置</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RunsPanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>已保存的运行</translation>
    </message>
    <message>
        <source>Check runs to draw them on the charts. F2 renames, Delete moves to the trash.</source>
        <translation>勾选运行即可将其绘制到图表上。F2 重命名，Delete 移到回收站。</translation>
    </message>
    <message>
        <source>Run history actions</source>
        <translation>运行历史操作</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare the checked runs (or the selected ones) in a table</source>
        <translation>在表格中比较勾选（或选中）的运行</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Set the controls to this run&apos;s settings and start it again</source>
        <translation>将控件设为此运行的设置并再次启动</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>重命名所选运行（F2）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the selected runs to the trash (Del); Undo brings them back</source>
        <translation>将所选运行移到回收站（Del）；“撤销删除”可恢复</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last (Ctrl+Z)</source>
        <translation>恢复最近删除的运行（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder (run.json, metrics.csv, checkpoint)</source>
        <translation>打开所选运行的文件夹（run.json、metrics.csv、检查点）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the run store again (picks up runs from cnnlab-train)</source>
        <translation>重新读取运行存储（会载入 cnnlab-train 产生的运行）</translation>
    </message>
    <message>
        <source>Run store summary</source>
        <translation>运行存储概况</translation>
    </message>
    <message>
        <source>lr %1</source>
        <translation>学习率 %1</translation>
    </message>
    <message>
        <source>b%1</source>
        <translation>b%1</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>no dropout</source>
        <translation>无 Dropout</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 个 Epoch</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 中共有 %n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (kept, hover for the reason)</source>
        <translation>
            <numerusform>%n 个已损坏（已保留，悬停可查看原因）</numerusform>
        </translation>
    </message>
    <message>
        <source>This record cannot be read: %1</source>
        <translation>无法读取此记录：%1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (with checkpoint)</source>
        <translation>（含检查点）</translation>
    </message>
    <message>
        <source>Cannot rename the run: %1</source>
        <translation>无法重命名该运行：%1</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>Cannot delete the run “%1”: %2</source>
        <translation>无法删除运行“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n run(s) to the trash. Undo Delete (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>已将 %n 次运行移到回收站。“撤销删除”（Ctrl+Z）可将其恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore the run “%1”: %2</source>
        <translation>无法恢复运行“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n run(s).</source>
        <translation>
            <numerusform>已恢复 %n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n epoch(s)</source>
        <translation>
            <numerusform>%1/%n 个 Epoch</numerusform>
        </translation>
    </message>
    <message>
        <source>changed mid-run</source>
        <translation>运行中已更改</translation>
    </message>
    <message>
        <source>%1 at epoch %2</source>
        <translation>%1于第 %2 个 Epoch</translation>
    </message>
    <message>
        <source>Settings at the start. Changed during the run:</source>
        <translation>开始时的设置。运行中的更改：</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Play the selected run back on the charts, as it trained (nothing trains)</source>
        <translation>在图表上按训练时的过程回放所选运行（不进行训练）</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>Every combination of the values below is queued as one run, with the other settings as they are on the left. Separate values with commas.</source>
        <translation>下列取值的每一种组合都会作为一次运行加入队列，其他设置保持左侧的当前值。多个取值请用英文逗号分隔。</translation>
    </message>
    <message>
        <source>&amp;Learning rates:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation>Batch 大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>Epoch 数(&amp;E)：</translation>
    </message>
    <message>
        <source>Learning rates</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch sizes</source>
        <translation>Batch 大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch 数</translation>
    </message>
    <message>
        <source>With &amp;dropout</source>
        <translation>使用 Dropout(&amp;D)</translation>
    </message>
    <message>
        <source>With dropout</source>
        <translation>使用 Dropout</translation>
    </message>
    <message>
        <source>With&amp;out dropout</source>
        <translation>不使用 Dropout(&amp;O)</translation>
    </message>
    <message>
        <source>Without dropout</source>
        <translation>不使用 Dropout</translation>
    </message>
    <message>
        <source>Queue Runs</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Queue the sweep&apos;s runs</source>
        <translation>将参数扫描的运行加入队列</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), one after the other.</source>
        <translation>
            <numerusform>%n 次运行，依次进行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each list needs at least one number: learning rates %1–%2 (the range of the Controls slider), batch sizes 1–60,000, epochs 1–1000; and dropout on, off or both.</source>
        <translation>每个列表至少需要一个数字：学习率 %1–%2（控制面板滑块的范围），批大小 1–60,000，轮次 1–1000；以及开启、关闭或两者兼有的 Dropout。</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepHeatmap</name>
    <message>
        <source>Sweep heat map</source>
        <translation>参数扫描热力图</translation>
    </message>
    <message>
        <source>lr %1, batch %2: %3</source>
        <translation>学习率 %1，Batch %2：%3</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>batch size →</source>
        <translation>Batch 大小 →</translation>
    </message>
    <message>
        <source>lr ↓</source>
        <translation>学习率 ↓</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SweepPanel</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
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
        <translation>Epoch 数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>参数扫描结果</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Validation accuracy, with dropout</source>
        <translation>验证准确率（使用 Dropout）</translation>
    </message>
    <message>
        <source>Validation accuracy, without dropout</source>
        <translation>验证准确率（不使用 Dropout）</translation>
    </message>
    <message>
        <source>No sweep yet: Experiments ▸ Sweep… queues one.</source>
        <translation>尚无参数扫描：可通过“实验 ▸ 参数扫描…”加入一组。</translation>
    </message>
    <message>
        <source>%1 of %2 runs done.</source>
        <translation>%2 次运行中已完成 %1 次。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train the lab&apos;s CNN on MNIST live, in front of a class.</source>
        <translation>在课堂上现场用 MNIST 训练本实验的 CNN。</translation>
    </message>
    <message>
        <source>Dataset: mnist or fashion-mnist.</source>
        <translation>数据集：mnist 或 fashion-mnist。</translation>
    </message>
    <message>
        <source>Device: auto, cpu, cuda or cuda:N.</source>
        <translation>设备：auto、cpu、cuda 或 cuda:N。</translation>
    </message>
    <message>
        <source>Start with the configuration of a run record (run.json).</source>
        <translation>以某个运行记录（run.json）的配置启动。</translation>
    </message>
    <message>
        <source>Render the accuracy and loss charts of a run record and exit.</source>
        <translation>渲染某个运行记录的准确率和损失图表，然后退出。</translation>
    </message>
    <message>
        <source>Output of --render: a .png, .svg, .pdf or .csv file.</source>
        <translation>--render 的输出：.png、.svg、.pdf 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Interface language: en, de, es or zh_CN (default: as last chosen, else the system&apos;s).</source>
        <translation>界面语言：en、de、es 或 zh_CN（默认：上次选择的语言，否则跟随系统）。</translation>
    </message>
    <message>
        <source>unknown language “%1” (use en, de, es or zh_CN)</source>
        <translation>未知语言“%1”（请使用 en、de、es 或 zh_CN）</translation>
    </message>
    <message>
        <source>--render needs --out FILE (.png, .svg, .pdf or .csv)</source>
        <translation>--render 需要 --out FILE（.png、.svg、.pdf 或 .csv）</translation>
    </message>
    <message>
        <source>--out is only used with --render; ignored</source>
        <translation>--out 仅与 --render 一起使用；已忽略</translation>
    </message>
    <message>
        <source>Cannot use the configuration in “%1”: %2</source>
        <translation>无法使用“%1”中的配置：%2</translation>
    </message>
    <message>
        <source>unknown dataset “%1” (use mnist or fashion-mnist)</source>
        <translation>未知数据集“%1”（请使用 mnist 或 fashion-mnist）</translation>
    </message>
</context>
</TS>
