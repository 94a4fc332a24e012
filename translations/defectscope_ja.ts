<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Cli</name>
    <message>
        <source>cpu, cuda or auto (default: auto)</source>
        <translation>cpu、cuda、または auto (既定: auto)</translation>
    </message>
    <message>
        <source>compute threads (default: one per core)</source>
        <translation>計算スレッド数 (既定: コアごとに 1)</translation>
    </message>
    <message>
        <source>no progress output</source>
        <translation>進捗を出力しない</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>--%1 needs an integer, not &quot;%2&quot;</source>
        <translation>--%1 には整数を指定してください (「%2」は無効です)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped or incomplete:</source>
        <translation>
            <numerusform>%n 個のファイルがスキップされたか不完全です:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ほか %1 件</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 書き込めません (%2)</translation>
    </message>
    <message>
        <source>output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>image size in pixels</source>
        <translation>画像サイズ (ピクセル)</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>学習用画像</translation>
    </message>
    <message>
        <source>defect-free test images</source>
        <translation>欠陥のないテスト画像</translation>
    </message>
    <message>
        <source>defective test images</source>
        <translation>不良のテスト画像</translation>
    </message>
    <message>
        <source>Writes the synthetic demo dataset (woven fabric with scratches, stains, cracks and missing pattern).</source>
        <translation>合成デモデータセット (傷、汚れ、亀裂、柄の欠落がある織物) を書き出します。</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <source>demo dataset written to %1 (%2 train, %3 good and %4 defective test images)</source>
        <translation>デモデータセットを %1 に書き込みました (学習用 %2 枚、良品テスト画像 %3 枚、不良テスト画像 %4 枚)</translation>
    </message>
    <message>
        <source>method id (see: defectscope-cli methods)</source>
        <translation>手法 ID (参照: defectscope-cli methods)</translation>
    </message>
    <message>
        <source>dataset folder or manifest CSV</source>
        <translation>データセットフォルダーまたはマニフェスト CSV</translation>
    </message>
    <message>
        <source>model file to write (.dsm)</source>
        <translation>書き込むモデルファイル (.dsm)</translation>
    </message>
    <message>
        <source>backbone name or torchscript:PATH</source>
        <translation>バックボーン名または torchscript:PATH</translation>
    </message>
    <message>
        <source>backbone weight file</source>
        <translation>バックボーンの重みファイル</translation>
    </message>
    <message>
        <source>shorter side S, or WxH</source>
        <translation>短辺 S、または WxH</translation>
    </message>
    <message>
        <source>centre crop S or WxH taken after resizing</source>
        <translation>リサイズ後に切り抜く中央領域 S または WxH</translation>
    </message>
    <message>
        <source>method setting key=value (repeatable)</source>
        <translation>手法の設定 key=value (複数指定可)</translation>
    </message>
    <message>
        <source>Fits a model on the dataset&apos;s defect-free training images.</source>
        <translation>データセットの欠陥のない学習用画像でモデルを学習します。</translation>
    </message>
    <message>
        <source>trained %1 on %2 images in %3 s; model %4 MB written to %5</source>
        <translation>%1 を %2 枚の画像で学習しました (%3 s)。モデル (%4 MB) を %5 に書き込みました</translation>
    </message>
    <message>
        <source>model file (.dsm)</source>
        <translation>モデルファイル (.dsm)</translation>
    </message>
    <message>
        <source>image or folder to score</source>
        <translation>スコアを算出する画像またはフォルダー</translation>
    </message>
    <message>
        <source>image score threshold for the verdict</source>
        <translation>判定に使う画像スコアのしきい値</translation>
    </message>
    <message>
        <source>Scores images: writes scores.csv, 16-bit heatmaps, colour overlays and predicted masks.</source>
        <translation>画像のスコアを算出します: scores.csv、16 ビットのヒートマップ、カラーオーバーレイ、予測マスクを書き出します。</translation>
    </message>
    <message>
        <source>--threshold needs a number, not &quot;%1&quot;</source>
        <translation>--threshold には数値を指定してください (「%1」は無効です)</translation>
    </message>
    <message>
        <source>labelled dataset</source>
        <translation>ラベル付きデータセット</translation>
    </message>
    <message>
        <source>metrics file to write</source>
        <translation>書き込む指標ファイル</translation>
    </message>
    <message>
        <source>model (default) or original resolution for pixel metrics</source>
        <translation>ピクセル指標の解像度: model (既定) または original</translation>
    </message>
    <message>
        <source>save the F1-max image threshold in the model for score&apos;s verdicts</source>
        <translation>F1-max となる画像しきい値をモデルに保存し、score の判定に使う</translation>
    </message>
    <message>
        <source>write scores.csv, heatmaps, overlays and masks into DIR</source>
        <translation>scores.csv、ヒートマップ、オーバーレイ、マスクを DIR に書き出す</translation>
    </message>
    <message>
        <source>Evaluates a model on a labelled test set: AUROC, AUPRO, F1-max, per-defect AUROC.</source>
        <translation>ラベル付きテストセットでモデルを評価します: AUROC、AUPRO、F1-max、欠陥の種類別 AUROC。</translation>
    </message>
    <message>
        <source>--eval-size must be model or original, not &quot;%1&quot;</source>
        <translation>--eval-size には model または original を指定してください (「%1」は無効です)</translation>
    </message>
    <message>
        <source>predict %1 ms/image, peak memory %2 MB</source>
        <translation>推論 %1 ms/画像、ピークメモリ %2 MB</translation>
    </message>
    <message>
        <source>exports written to %1</source>
        <translation>エクスポートを %1 に書き込みました</translation>
    </message>
    <message>
        <source>Lists the methods and their settings (for --set key=value).</source>
        <translation>手法とその設定の一覧を表示します (--set key=value 用)。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (run defectscope-cli --help)</source>
        <translation>不明なコマンド「%1」(defectscope-cli --help を実行してください)</translation>
    </message>
    <message>
        <source>cancelled; no output file was left half-written</source>
        <translation>キャンセルしました。書きかけの出力ファイルは残っていません</translation>
    </message>
    <message>
        <source>write a PDF inspection report</source>
        <translation>PDF 検査レポートを書き出す</translation>
    </message>
    <message>
        <source>report rows: all, flagged (NOK and REVIEW, default) or errors</source>
        <translation>レポートの行: all、flagged (NOK と REVIEW、既定)、または errors</translation>
    </message>
    <message>
        <source>operator name printed in the report</source>
        <translation>レポートに記載する作業者名</translation>
    </message>
    <message>
        <source>a4 (default) or letter</source>
        <translation>a4 (既定) または letter</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--page-size には a4 または letter を指定してください (「%1」は無効です)</translation>
    </message>
    <message>
        <source>report written to %1 (%2 pages)</source>
        <translation>レポートを %1 に書き込みました (%2 ページ)</translation>
    </message>
    <message>
        <source>%1: this build has no report support (configured with DS_BUILD_GUI=OFF)</source>
        <translation>%1: このビルドはレポートに対応していません (DS_BUILD_GUI=OFF で構成)</translation>
    </message>
    <message>
        <source>continue an interrupted training run from its checkpoint (MODEL.ckpt)</source>
        <translation>中断した学習をチェックポイント (MODEL.ckpt) から再開する</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 には数値を指定してください (「%2」は無効です)</translation>
    </message>
    <message>
        <source>fraction of the good images held out as unseen test images when the dataset has no test good images of its own (default 0.2; 0 = none)</source>
        <translation>データセットに良品テスト画像がない場合に、未学習のテスト画像として取り置く良品画像の割合 (既定: 0.2、0 = なし)</translation>
    </message>
    <message>
        <source>held out %1 good images (never trained on); default image threshold %2 from their scores</source>
        <translation>良品画像 %1 枚を取り置きました (学習には不使用)。既定の画像しきい値 %2 はそのスコアから算出</translation>
    </message>
    <message>
        <source>no images held out (--holdout 0): unless the dataset has test good images of its own, metrics have no unseen good images and score has no default threshold</source>
        <translation>画像を取り置いていません (--holdout 0)。データセットに良品テスト画像がない限り、指標に未学習の良品画像はなく、score に既定のしきい値もありません</translation>
    </message>
    <message>
        <source>no images held out: %1</source>
        <translation>画像を取り置いていません: %1</translation>
    </message>
    <message>
        <source>scored %1 images into %2; no threshold chosen yet, so verdicts are &quot;unknown&quot; (pass --threshold, run evaluate --store-threshold, or train with held-out images)</source>
        <translation>%1 枚の画像のスコアを %2 に書き出しました。しきい値が未設定のため判定は「unknown」です (--threshold を指定するか、evaluate --store-threshold を実行するか、取り置き画像ありで train してください)</translation>
    </message>
    <message>
        <source>scored %1 images into %2: %3 NOK at threshold %4, chosen %5</source>
        <translation>%1 枚の画像のスコアを %2 に書き出しました: NOK %3 枚 (しきい値 %4、決定方法: %5)</translation>
    </message>
    <message>
        <source>%1: no F1-best threshold to store: the test set has no defective images</source>
        <translation>%1: 保存する F1 最大のしきい値がありません (テストセットに不良画像がありません)</translation>
    </message>
    <message>
        <source>left out %1 test images identical to images the model was trained on</source>
        <translation>モデルの学習画像と同一のテスト画像 %1 枚を除外しました</translation>
    </message>
    <message>
        <source>the model does not record its training images: test images identical to them cannot be left out</source>
        <translation>モデルに学習画像の記録がないため、それと同一のテスト画像を除外できません</translation>
    </message>
    <message>
        <source>%1 test images (%2 good, %3 defective, %4 of them held out of training): image AUROC %5, pixel AUROC %6, AUPRO %7, F1-max %8 at threshold %9</source>
        <translation>テスト画像 %1 枚 (良品 %2、不良 %3、うち学習から取り置き %4): 画像 AUROC %5、ピクセル AUROC %6、AUPRO %7、F1-max %8 (しきい値 %9)</translation>
    </message>
    <message>
        <source>not reliable: fewer than %1 unseen good or defective images</source>
        <translation>信頼できません: 未学習の良品または不良画像が %1 枚未満です</translation>
    </message>
    <message>
        <source>--threads must be between 0 (one per core) and %1 (four per core), not %2</source>
        <translation>--threads には 0 (コアごとに 1) から %1 (コアごとに 4) までの値を指定してください (%2 は無効です)</translation>
    </message>
    <message>
        <source>refuse images with more pixels than this (default: DEFECTSCOPE_MAX_IMAGE_PIXELS or 100000000)</source>
        <translation>これより画素数の多い画像を拒否 (既定: DEFECTSCOPE_MAX_IMAGE_PIXELS または 100000000)</translation>
    </message>
    <message>
        <source>--max-image-pixels needs a positive whole number, not &quot;%1&quot;</source>
        <translation>--max-image-pixels には正の整数が必要です (「%1」ではありません)</translation>
    </message>
    <message>
        <source>inspection region: a mask image, white = inspected, black = ignored; resized to the model&apos;s input like a ground-truth mask</source>
        <translation>検査領域: マスク画像 (白 = 検査する、黒 = 無視する)。正解マスクと同様にモデルの入力サイズへ変換されます</translation>
    </message>
    <message>
        <source>model file to update (.dsm); left as it is</source>
        <translation>更新するモデルファイル (.dsm)。元のファイルは変更されません</translation>
    </message>
    <message>
        <source>folder or manifest of good images to add</source>
        <translation>追加する良品画像のフォルダーまたはマニフェスト</translation>
    </message>
    <message>
        <source>new inspection region: a mask image, white = inspected</source>
        <translation>新しい検査領域: マスク画像 (白 = 検査する)</translation>
    </message>
    <message>
        <source>model file to write (default: MODEL-v2.dsm beside it, or the next free version)</source>
        <translation>書き出すモデルファイル (既定: 同じ場所の MODEL-v2.dsm、または次の空いている版)</translation>
    </message>
    <message>
        <source>the dataset the model was trained on: its held-out images are scored again, so that the default threshold follows the update</source>
        <translation>モデルの学習に使ったデータセット: 保留画像のスコアを再算出し、既定のしきい値を更新に追従させます</translation>
    </message>
    <message>
        <source>Writes a new version of a model with further good images added (without training from scratch) and/or a new inspection region.</source>
        <translation>良品画像を追加した (一から学習し直さない) モデル、または新しい検査領域を持つモデルを新しい版として書き出します。</translation>
    </message>
    <message>
        <source>added %1 images (%2 update) in %3 s; the model has trained on %4 images</source>
        <translation>%1 枚の画像を追加しました (%2 更新、%3 秒)。モデルの学習画像は計 %4 枚です</translation>
    </message>
    <message>
        <source>skipped %1 images the model had trained on already</source>
        <translation>学習済みの画像 %1 枚をスキップしました</translation>
    </message>
    <message>
        <source>inspection region from %1: %2 % of the image inspected</source>
        <translation>%1 の検査領域: 画像の %2 % を検査</translation>
    </message>
    <message>
        <source>%1 held-out images were added, so they are no longer unseen test images</source>
        <translation>保留画像 %1 枚が追加されたため、未学習のテスト画像ではなくなりました</translation>
    </message>
    <message>
        <source>scored the %1 remaining held-out images again</source>
        <translation>残りの保留画像 %1 枚のスコアを再算出しました</translation>
    </message>
    <message>
        <source>the held-out images&apos; scores described the previous model and were dropped: pass --data with the training dataset to score them again</source>
        <translation>保留画像のスコアは前の版のものだったため破棄しました: 再算出するには --data で学習データセットを指定してください</translation>
    </message>
    <message>
        <source>model written to %1 (the previous version is unchanged)</source>
        <translation>モデルを %1 に書き出しました (前の版は変更されていません)</translation>
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
        <translation>使い方: defectscope-cli COMMAND [options]

コマンド:
  demo-data   合成デモデータセットを書き出す (MVTec AD 形式)
  train       データセットの欠陥のない画像でモデルを学習する
  update      モデルに良品画像を追加する (同じ場所に新しい版を作成)
  score       画像またはフォルダーのスコアを算出する: scores.csv とヒートマップ
  evaluate    ラベル付きテストセットでのモデルの指標 (JSON)
  methods     手法とその設定の一覧を表示する

各コマンドのオプションは defectscope-cli COMMAND --help で確認できます。
</translation>
    </message>
    <message>
        <source>methods trained over epochs: epochs to continue for (default: the model&apos;s epochs setting)</source>
        <translation>エポック学習の手法: 追加で学習するエポック数（既定: モデルの epochs 設定）</translation>
    </message>
    <message>
        <source>continue an interrupted update from its checkpoint (MODEL2.ckpt)</source>
        <translation>中断した更新をチェックポイント（MODEL2.ckpt）から再開する</translation>
    </message>
    <message>
        <source>--epochs must be 0 or more, not %1</source>
        <translation>--epochs は 0 以上でなければなりません（%1 は不可）</translation>
    </message>
    <message>
        <source>the run would be refused: %1</source>
        <translation>この実行は拒否されます: %1</translation>
    </message>
    <message>
        <source>time a few training steps, print the estimated training time and peak memory and exit</source>
        <translation>数ステップの学習時間を計測し、推定学習時間とピークメモリを表示して終了する</translation>
    </message>
    <message>
        <source>%1 fits in one pass over the training images; no time estimate</source>
        <translation>%1 は学習用画像を 1 回走査するだけで学習するため、時間の推定は行いません</translation>
    </message>
    <message>
        <source>print the update&apos;s peak memory and, for methods trained over epochs, its time from a few training steps, and exit</source>
        <translation>更新のピークメモリと、エポック学習する手法では数ステップから計測した所要時間を表示して終了する</translation>
    </message>
    <message>
        <source>%1: this model is updated in one pass over the added images; no time estimate</source>
        <translation>%1: このモデルは追加画像を 1 回走査して更新されます。時間の推定はありません</translation>
    </message>
    <message>
        <source>make every defect a spot at most N pixels across, whatever the image size (default 0: scratches, stains, cracks and missing pattern sized with the image)</source>
        <translation>すべての欠陥を画像サイズに関係なく最大 N ピクセル径の斑点にする（既定 0: 画像に合わせた大きさの傷・しみ・ひび・パターン欠落）</translation>
    </message>
    <message>
        <source>cut images into tiles of WxH (or S×S) at their own resolution instead of resizing them; maps are stitched back at each image&apos;s size</source>
        <translation>画像を縮小せず元の解像度で WxH（または S×S）のタイルに分割する。マップは各画像のサイズでつなぎ合わされる</translation>
    </message>
    <message>
        <source>fraction of a tile that neighbouring tiles share at least (0–0.9, default 0.25)</source>
        <translation>隣接タイルが少なくとも共有するタイルの割合（0–0.9、既定 0.25）</translation>
    </message>
    <message>
        <source>scale images by S (0.01–1) before tiling (default 1: native resolution)</source>
        <translation>タイル分割の前に画像を S 倍（0.01–1）にする（既定 1: 元の解像度）</translation>
    </message>
    <message>
        <source>--tile-overlap and --tile-scale need --tile</source>
        <translation>--tile-overlap と --tile-scale には --tile が必要です</translation>
    </message>
</context>
<context>
    <name>ColourBar</name>
    <message>
        <source>Colour scale</source>
        <translation>カラースケール</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1: %2 ～ %3</translation>
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
        <translation>グレー</translation>
    </message>
</context>
<context>
    <name>Compute</name>
    <message>
        <source>device &quot;%1&quot; asked for, but this LibTorch has no usable CUDA device</source>
        <translation>デバイス「%1」が指定されましたが、この LibTorch には使用可能な CUDA デバイスがありません</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (use cpu, cuda or auto)</source>
        <translation>不明なデバイス「%1」(cpu、cuda、auto のいずれかを指定してください)</translation>
    </message>
</context>
<context>
    <name>CorruptionPreviewDialog</name>
    <message>
        <source>Training samples</source>
        <translation>学習サンプル</translation>
    </message>
    <message>
        <source>Corrupted training inputs X̂ (left) and the masks M of what was changed (right), drawn with the current settings. The network learns to restore the masked regions.</source>
        <translation>改変した学習入力 X̂ (左) と、変更箇所を示すマスク M (右) です。現在の設定で生成しています。ネットワークはマスク領域を復元するように学習します。</translation>
    </message>
    <message>
        <source>Other samples</source>
        <translation>別のサンプル</translation>
    </message>
    <message>
        <source>Point of training</source>
        <translation>学習の進行度</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Drawing samples…</source>
        <translation>サンプルを生成中…</translation>
    </message>
    <message>
        <source>Crops grow from the start of training to its end (progressive training); drag the slider to see.</source>
        <translation>切り抜きは学習の開始から終了にかけて大きくなります (段階的学習)。スライダーをドラッグすると確認できます。</translation>
    </message>
    <message>
        <source>corrupted input X̂</source>
        <translation>改変した入力 X̂</translation>
    </message>
    <message>
        <source>mask M (white: changed)</source>
        <translation>マスク M (白: 変更箇所)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>%1: dataset not found</source>
        <translation>%1: データセットが見つかりません</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: フォルダーではありません</translation>
    </message>
    <message>
        <source>%1: no usable images found</source>
        <translation>%1: 使用できる画像が見つかりません</translation>
    </message>
    <message>
        <source>%1: no usable images found (%2: %3)</source>
        <translation>%1: 使用できる画像がありません (%2: %3)</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Dataset groups</source>
        <translation>データセットのグループ</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>すべての判定</translation>
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
        <translation>未スコア</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>すべての判断</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>正しい判断のみ</translation>
    </message>
    <message>
        <source>Wrong only</source>
        <translation>誤った判断のみ</translation>
    </message>
    <message>
        <source>Dataset order</source>
        <translation>データセット順</translation>
    </message>
    <message>
        <source>Score, highest first</source>
        <translation>スコアの高い順</translation>
    </message>
    <message>
        <source>Score, lowest first</source>
        <translation>スコアの低い順</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Show only images with this verdict</source>
        <translation>この判定の画像のみ表示</translation>
    </message>
    <message>
        <source>Show only images whose verdict agrees (or disagrees) with their label</source>
        <translation>判定がラベルと一致する (または一致しない) 画像のみ表示</translation>
    </message>
    <message>
        <source>Order of the thumbnails</source>
        <translation>サムネイルの並び順</translation>
    </message>
    <message>
        <source>Images of the selected group</source>
        <translation>選択したグループの画像</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Files that could not be used</source>
        <translation>使用できなかったファイル</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Problem files</source>
        <translation>問題のあるファイル</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>No problem files</source>
        <translation>問題のあるファイルはありません</translation>
    </message>
    <message>
        <source>Problem files (%1)</source>
        <translation>問題のあるファイル (%1)</translation>
    </message>
    <message>
        <source>No image of this group matches the filters. &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>このグループにはフィルターに合う画像がありません。&lt;a href=&quot;all&quot;&gt;すべて表示&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>DatasetReaders</name>
    <message>
        <source>not an image file (skipped)</source>
        <translation>画像ファイルではありません (スキップ)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>mask without a matching image</source>
        <translation>対応する画像のないマスク</translation>
    </message>
    <message>
        <source>file outside a class folder (skipped)</source>
        <translation>クラスフォルダー外のファイル (スキップ)</translation>
    </message>
    <message>
        <source>defective image without a ground-truth mask (image-level metrics only)</source>
        <translation>正解マスクのない不良画像 (画像レベルの指標のみ)</translation>
    </message>
    <message>
        <source>%1: cannot read the manifest (%2)</source>
        <translation>%1: マニフェストを読み込めません (%2)</translation>
    </message>
    <message>
        <source>%1: manifest header lacks the column &quot;%2&quot; (expected split,label,defect_type,image_path,mask_path)</source>
        <translation>%1: マニフェストのヘッダーに列「%2」がありません (想定: split,label,defect_type,image_path,mask_path)</translation>
    </message>
    <message>
        <source>row has %1 fields, the header has %2 (skipped)</source>
        <translation>行のフィールド数が %1 ですが、ヘッダーは %2 です (スキップ)</translation>
    </message>
    <message>
        <source>split must be train or test, not &quot;%1&quot; (skipped)</source>
        <translation>split は train または test である必要があります (「%1」は無効、スキップ)</translation>
    </message>
    <message>
        <source>label must be 0, 1 or empty, not &quot;%1&quot; (skipped)</source>
        <translation>label は 0、1、または空である必要があります (「%1」は無効、スキップ)</translation>
    </message>
    <message>
        <source>%1 (mask ignored: the image counts for image-level metrics only)</source>
        <translation>%1 (マスクを無視: この画像は画像単位の指標にのみ使います)</translation>
    </message>
    <message>
        <source>folder cannot be read (permission denied): its images are skipped</source>
        <translation>フォルダーを読み取れません (アクセス拒否): その画像はスキップされます</translation>
    </message>
    <message>
        <source>%1 is labelled defective here but good on line %2 (this row skipped)</source>
        <translation>%1 はここでは不良、%2 行目では良品とラベル付けされています (この行はスキップ)</translation>
    </message>
    <message>
        <source>%1 is labelled good here but defective on line %2 (this row skipped)</source>
        <translation>%1 はここでは良品、%2 行目では不良とラベル付けされています (この行はスキップ)</translation>
    </message>
    <message>
        <source>%1 is listed again (first on line %2; this row skipped)</source>
        <translation>%1 が再び記載されています (最初は %2 行目。この行はスキップ)</translation>
    </message>
    <message>
        <source>a mask is given for a good image (mask ignored)</source>
        <translation>良品画像にマスクが指定されています (マスクは無視)</translation>
    </message>
</context>
<context>
    <name>DefectAurocPlot</name>
    <message>
        <source>Image AUROC</source>
        <translation>画像 AUROC</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>欠陥の種類</translation>
    </message>
    <message>
        <source>No AUROC for: %1</source>
        <translation>AUROC を算出できません: %1</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>画像 %1 を書き込めません。</translation>
    </message>
    <message>
        <source>The demo image size must be at least 32 pixels.</source>
        <translation>デモ画像のサイズは 32 ピクセル以上にしてください。</translation>
    </message>
    <message>
        <source>The number of demo images cannot be negative.</source>
        <translation>デモ画像の枚数に負の値は指定できません。</translation>
    </message>
</context>
<context>
    <name>EvaluateJob</name>
    <message>
        <source>%1: the model was trained with a centre crop, so its maps cover only part of each image; evaluate it at the model&apos;s size (--eval-size model)</source>
        <translation>%1: このモデルは中央切り抜きで学習されているため、マップは各画像の一部しかカバーしません。モデルのサイズで評価してください (--eval-size model)</translation>
    </message>
    <message>
        <source>%1: no labelled test images to evaluate on</source>
        <translation>%1: 評価に使うラベル付きテスト画像がありません</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>スコア算出</translation>
    </message>
    <message>
        <source>%1: none of the test images could be loaded</source>
        <translation>%1: テスト画像をいずれも読み込めませんでした</translation>
    </message>
    <message>
        <source>Computing metrics</source>
        <translation>指標を計算中</translation>
    </message>
    <message>
        <source>%1: every labelled test image is one the model was trained on</source>
        <translation>%1: ラベル付きテスト画像がすべてモデルの学習画像です</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Flagged images (NOK and REVIEW)</source>
        <translation>要確認の画像 (NOK と REVIEW)</translation>
    </message>
    <message>
        <source>Wrong decisions only</source>
        <translation>誤った判断のみ</translation>
    </message>
    <message>
        <source>All scored images</source>
        <translation>スコア算出済みのすべての画像</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>name printed on the title page</source>
        <translation>表紙に記載する名前</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>The report states the thresholds in force and shows the plots as they are now.</source>
        <translation>レポートには現在適用中のしきい値が記載され、グラフは現在の状態で表示されます。</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <source>Report preview (first %1 of %2 findings)</source>
        <translation>レポートのプレビュー (所見 %2 件中、最初の %1 件)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Another job is running; cancel it or wait for it to finish.</source>
        <translation>別のジョブが実行中です。キャンセルするか、完了するまでお待ちください。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Writing exports</source>
        <translation>エクスポートを書き込み中</translation>
    </message>
    <message>
        <source>%1: the export was not written; the previous one is unchanged (%2)</source>
        <translation>%1: エクスポートは書き込まれませんでした。以前のものは変更されていません (%2)</translation>
    </message>
</context>
<context>
    <name>FeatureExtractor</name>
    <message>
        <source>%1 has feature stages 0 to %2, given in ascending order; not %3</source>
        <translation>%1 の特徴ステージは 0 ～ %2 で、昇順で指定する必要があります (%3 は無効です)</translation>
    </message>
    <message>
        <source>%1 needs images as an N×3×H×W tensor</source>
        <translation>%1 には N×3×H×W テンソル形式の画像が必要です</translation>
    </message>
    <message>
        <source>layers=%1: each layer must be a number from 0 to %2 (this backbone has %3 stages)</source>
        <translation>layers=%1: 各レイヤーは 0 ～ %2 の数値で指定してください (このバックボーンのステージ数は %3 です)</translation>
    </message>
    <message>
        <source>the backbone &quot;torchscript:&quot; needs the path of a module, as in torchscript:PATH</source>
        <translation>バックボーン &quot;torchscript:&quot; にはモジュールのパスが必要です (例: torchscript:PATH)</translation>
    </message>
    <message>
        <source>--weights %1 does not apply to the TorchScript backbone %2: a TorchScript module carries its own weights (leave --weights out)</source>
        <translation>--weights %1 は TorchScript バックボーン %2 には適用されません。TorchScript モジュールは独自の重みを持っています (--weights を省略してください)</translation>
    </message>
    <message>
        <source>unknown backbone &quot;%1&quot; (accepted: resnet18, wide_resnet50_2, torchscript:PATH)</source>
        <translation>不明なバックボーン「%1」(使用可能: resnet18、wide_resnet50_2、torchscript:PATH)</translation>
    </message>
</context>
<context>
    <name>FrameLoader</name>
    <message>
        <source> — score %1</source>
        <translation> — 異常スコア %1</translation>
    </message>
    <message>
        <source> — a training image of this model: not scored, not in the metrics</source>
        <translation> — このモデルの学習画像: スコア算出・指標の対象外</translation>
    </message>
    <message>
        <source> — label: %1</source>
        <translation> — ラベル: %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>DefectScope: unsupervised visual defect inspection</source>
        <translation>DefectScope: 教師なし外観欠陥検査</translation>
    </message>
    <message>
        <source>open the built-in demo dataset</source>
        <translation>組み込みのデモデータセットを開く</translation>
    </message>
    <message>
        <source>train a model on the dataset, score it, save PNGs of the main views into DIR and quit</source>
        <translation>データセットでモデルを学習してスコアを算出し、主要ビューの PNG を DIR に保存して終了する</translation>
    </message>
    <message>
        <source>method for --screenshots</source>
        <translation>--screenshots で使う手法</translation>
    </message>
    <message>
        <source>backbone for --screenshots</source>
        <translation>--screenshots で使うバックボーン</translation>
    </message>
    <message>
        <source>dataset folder or project file (.dsproj) to open</source>
        <translation>開くデータセットフォルダーまたはプロジェクトファイル (.dsproj)</translation>
    </message>
    <message>
        <source>tile size for --screenshots: a tiled model, its tiles outlined</source>
        <translation>--screenshots 用のタイルサイズ：タイル分割モデルとそのタイルの枠</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <source>DefectScope user guide</source>
        <translation>DefectScope ユーザーガイド</translation>
    </message>
    <message>
        <source>Image view: next image</source>
        <translation>画像ビュー: 次の画像</translation>
    </message>
    <message>
        <source>Right, Down, Space, Page Down</source>
        <translation>→、↓、Space、Page Down</translation>
    </message>
    <message>
        <source>Image view: previous image</source>
        <translation>画像ビュー: 前の画像</translation>
    </message>
    <message>
        <source>Left, Up, Page Up</source>
        <translation>←、↑、Page Up</translation>
    </message>
    <message>
        <source>Image view: zoom, fit</source>
        <translation>画像ビュー: ズーム、全体表示</translation>
    </message>
    <message>
        <source>Mouse wheel; double-click</source>
        <translation>マウスホイール、ダブルクリック</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>HoldoutSplit</name>
    <message>
        <source>the dataset has test good images of its own</source>
        <translation>データセットに良品テスト画像があります</translation>
    </message>
    <message>
        <source>--holdout 0</source>
        <translation>--holdout 0</translation>
    </message>
    <message>
        <source>fewer than two training images</source>
        <translation>学習画像が 2 枚未満です</translation>
    </message>
</context>
<context>
    <name>IGD</name>
    <message>
        <source>Loading training images</source>
        <translation>学習用画像を読み込み中</translation>
    </message>
    <message>
        <source>none of the %1 training images could be loaded</source>
        <translation>%1 枚の学習用画像のいずれも読み込めませんでした</translation>
    </message>
    <message>
        <source>Interpolated Gaussian descriptor (Chen et al.)</source>
        <translation>補間ガウス記述子 (Chen ら)</translation>
    </message>
    <message>
        <source>Global and local autoencoders whose latent codes a Gaussian one-class classifier keeps together, trained with an interpolation critic; robust to a few defective training images.</source>
        <translation>ガウス型 1 クラス分類器が潜在コードをまとめる大域・局所オートエンコーダー。補間クリティックとともに学習し、学習用画像に少数の欠陥品が混じっても頑健です。</translation>
    </message>
    <message>
        <source>the images (%1×%2) are smaller than the local model&apos;s %3-pixel patches</source>
        <translation>画像 (%1×%2) が局所モデルの %3 ピクセルのパッチより小さいです</translation>
    </message>
    <message>
        <source>%1 training images; global model %2×%3, local model on %4-pixel patches (%5 per epoch)</source>
        <translation>学習用画像 %1 枚; 大域モデル %2×%3、局所モデルは %4 ピクセルのパッチ (1 エポックあたり %5 枚)</translation>
    </message>
    <message>
        <source>the model holds no trained network</source>
        <translation>モデルに学習済みのネットワークがありません</translation>
    </message>
    <message>
        <source>image size %1×%2 is smaller than the local model&apos;s %3-pixel patches</source>
        <translation>画像サイズ %1×%2 が局所モデルの %3 ピクセルのパッチより小さいです</translation>
    </message>
    <message>
        <source>%1: the encoder&apos;s backbone differs from the one the model was trained with (%2 instead of %3)</source>
        <translation>%1: エンコーダーのバックボーンがモデルの学習時と異なります (%3 ではなく %2)</translation>
    </message>
    <message>
        <source>fast: 128-pixel global model, 8 patches per image, 12 epochs at learning rate 1e-3 (for a CPU); paper: 256 pixels, every patch, 256 epochs at 1e-4; auto: fast on a CPU, paper on CUDA</source>
        <translation>fast: 大域モデル 128 ピクセル、画像あたり 8 パッチ、学習率 1e-3 で 12 エポック (CPU 向け); paper: 256 ピクセル、全パッチ、1e-4 で 256 エポック; auto: CPU では fast、CUDA では paper</translation>
    </message>
    <message>
        <source>which models to train and score with: both (eq. 13), global (whole image) or local (patches)</source>
        <translation>学習と採点に使うモデル: both (式 13)、global (画像全体)、local (パッチ)</translation>
    </message>
    <message>
        <source>encoder: pretrained = the backbone&apos;s trunk, frozen, and a trained linear layer to the latent space; scratch = ResNet-18 trained from scratch</source>
        <translation>エンコーダー: pretrained = 固定したバックボーン本体と潜在空間への学習済み線形層; scratch = ゼロから学習する ResNet-18</translation>
    </message>
    <message>
        <source>shorter side of the global model&apos;s input in pixels, a multiple of 32 (0 = the preset&apos;s: fast 128, paper 256)</source>
        <translation>大域モデル入力の短辺 (ピクセル、32 の倍数; 0 = プリセットの値: fast 128、paper 256)</translation>
    </message>
    <message>
        <source>side of the local model&apos;s patches in pixels (a multiple of 32)</source>
        <translation>局所モデルのパッチの辺 (ピクセル、32 の倍数)</translation>
    </message>
    <message>
        <source>step between the local model&apos;s patches in pixels</source>
        <translation>局所モデルのパッチの間隔 (ピクセル)</translation>
    </message>
    <message>
        <source>local model: random patches per training image and epoch (0 = every patch position; -1 = the preset&apos;s: fast 8, paper every position)</source>
        <translation>局所モデル: 学習用画像 1 枚・1 エポックあたりのランダムなパッチ数 (0 = 全位置; -1 = プリセットの値: fast 8、paper 全位置)</translation>
    </message>
    <message>
        <source>dimension Z of the latent space</source>
        <translation>潜在空間の次元 Z</translation>
    </message>
    <message>
        <source>channel width multiplier of decoder and critic (1.0 = the reverse ResNet-18; 0 = the preset&apos;s: fast 0.5, paper 1.0)</source>
        <translation>デコーダーとクリティックのチャネル幅の倍率 (1.0 = 逆向きの ResNet-18; 0 = プリセットの値: fast 0.5、paper 1.0)</translation>
    </message>
    <message>
        <source>training epochs of each model (0 = the preset&apos;s: fast 12, paper 256)</source>
        <translation>各モデルの学習エポック数 (0 = プリセットの値: fast 12、paper 256)</translation>
    </message>
    <message>
        <source>global model: images per step (0 = the preset&apos;s: fast 16, paper 64)</source>
        <translation>大域モデル: 1 ステップあたりの画像数 (0 = プリセットの値: fast 16、paper 64)</translation>
    </message>
    <message>
        <source>local model: patches per step</source>
        <translation>局所モデル: 1 ステップあたりのパッチ数</translation>
    </message>
    <message>
        <source>Adam learning rate (0 = the preset&apos;s: paper 1e-4, fast 1e-3 for its few epochs)</source>
        <translation>Adam の学習率 (0 = プリセットの値: paper は 1e-4、エポック数の少ない fast は 1e-3)</translation>
    </message>
    <message>
        <source>Adam weight decay</source>
        <translation>Adam の重み減衰</translation>
    </message>
    <message>
        <source>learning-rate schedule: poly = × (1 − step/steps)^0.9 (the authors&apos; code), constant</source>
        <translation>学習率スケジュール: poly = × (1 − ステップ/全ステップ)^0.9 (著者のコード)、constant</translation>
    </message>
    <message>
        <source>epochs between E-steps re-estimating μ and σ (0 = the preset&apos;s: fast 3, paper 10)</source>
        <translation>μ と σ を推定し直す E ステップの間隔 (エポック; 0 = プリセットの値: fast 3、paper 10)</translation>
    </message>
    <message>
        <source>most samples (images or patches) an E-step averages over</source>
        <translation>E ステップで平均するサンプル (画像またはパッチ) の最大数</translation>
    </message>
    <message>
        <source>ρ of eq. 12: weight of the absolute error beside 1 − MS-SSIM</source>
        <translation>式 12 の ρ: 1 − MS-SSIM に対する絶対誤差の重み</translation>
    </message>
    <message>
        <source>λ1 of eq. 7: weight of the critic loss ℓ_d</source>
        <translation>式 7 の λ1: クリティック損失 ℓ_d の重み</translation>
    </message>
    <message>
        <source>λ2 of eq. 7: weight of the reconstruction constraint ℓ_f,g</source>
        <translation>式 7 の λ2: 再構成制約 ℓ_f,g の重み</translation>
    </message>
    <message>
        <source>λ3 of eq. 11: weight of fooling the critic</source>
        <translation>式 11 の λ3: クリティックを欺く項の重み</translation>
    </message>
    <message>
        <source>global model&apos;s MS-SSIM window (odd; 0 = 11, or the largest that fits all scales of a smaller image)</source>
        <translation>大域モデルの MS-SSIM ウィンドウ (奇数; 0 = 11、小さい画像では全スケールに収まる最大のもの)</translation>
    </message>
    <message>
        <source>global model&apos;s MS-SSIM scales (1–5)</source>
        <translation>大域モデルの MS-SSIM スケール数 (1–5)</translation>
    </message>
    <message>
        <source>local model&apos;s MS-SSIM window (odd)</source>
        <translation>局所モデルの MS-SSIM ウィンドウ (奇数)</translation>
    </message>
    <message>
        <source>local model&apos;s MS-SSIM scales (1–5)</source>
        <translation>局所モデルの MS-SSIM スケール数 (1–5)</translation>
    </message>
    <message>
        <source>weight of the global model&apos;s score and map (eqs. 13, 16: 1)</source>
        <translation>大域モデルのスコアとマップの重み (式 13、16: 1)</translation>
    </message>
    <message>
        <source>weight of the local model&apos;s score and map (eqs. 13, 16: 1)</source>
        <translation>局所モデルのスコアとマップの重み (式 13、16: 1)</translation>
    </message>
    <message>
        <source>write a resumable checkpoint every this many iterations</source>
        <translation>この反復数ごとに再開可能なチェックポイントを書き込む</translation>
    </message>
    <message>
        <source>setting global_size must be a multiple of 32, not %1</source>
        <translation>設定 global_size は 32 の倍数である必要があります (%1 ではなく)</translation>
    </message>
    <message>
        <source>setting patch_size must be a multiple of 32, not %1</source>
        <translation>設定 patch_size は 32 の倍数である必要があります (%1 ではなく)</translation>
    </message>
    <message>
        <source>setting %1 must be odd, not %2</source>
        <translation>設定 %1 は奇数である必要があります (%2 ではなく)</translation>
    </message>
    <message>
        <source>setting %1: a %2-pixel window over %3 scales needs images of at least %4 pixels, the model&apos;s are %5</source>
        <translation>設定 %1: %3 スケールで %2 ピクセルのウィンドウには少なくとも %4 ピクセルの画像が必要ですが、モデルの画像は %5 ピクセルです</translation>
    </message>
    <message>
        <source>global model</source>
        <translation>大域モデル</translation>
    </message>
    <message>
        <source>local model</source>
        <translation>局所モデル</translation>
    </message>
    <message>
        <source>%1: Gaussian loss ℓ_h</source>
        <translation>%1: ガウス損失 ℓ_h</translation>
    </message>
    <message>
        <source>%1: reconstruction loss ℓ_r</source>
        <translation>%1: 再構成損失 ℓ_r</translation>
    </message>
    <message>
        <source>%1: critic loss ℓ_d</source>
        <translation>%1: クリティック損失 ℓ_d</translation>
    </message>
    <message>
        <source>resumed from %1 at iteration %2</source>
        <translation>%1 から反復 %2 で再開しました</translation>
    </message>
    <message>
        <source>Training the global model (%1 of %2)</source>
        <translation>大域モデルを学習中 (%2 中 %1)</translation>
    </message>
    <message>
        <source>Training the local model (%1 of %2)</source>
        <translation>局所モデルを学習中 (%2 中 %1)</translation>
    </message>
    <message>
        <source>image score of each model: paper = ℓ_r + ℓ_h (eqs. 14, 15); authors = the authors&apos; code: global 0.1·ℓ_r + 0.9·ℓ_h, local 0.9·ℓ_r + 0.1·ℓ_h</source>
        <translation>各モデルの画像スコア: paper = ℓ_r + ℓ_h (式 14、15); authors = 著者のコードどおり: 大域 0.1·ℓ_r + 0.9·ℓ_h、局所 0.9·ℓ_r + 0.1·ℓ_h</translation>
    </message>
    <message>
        <source>the images (%1×%2) are not the model&apos;s input size (%3×%4)</source>
        <translation>画像（%1×%2）がモデルの入力サイズ（%3×%4）と一致しません</translation>
    </message>
</context>
<context>
    <name>ImageIO</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 読み込めません (%2)</translation>
    </message>
    <message>
        <source>%1: read error (%2)</source>
        <translation>%1: 読み込みエラー (%2)</translation>
    </message>
    <message>
        <source>%1: file is empty</source>
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <source>truncated or corrupt JPEG (no end-of-image marker)</source>
        <translation>JPEG が途中で切れているか破損しています (画像終了マーカーがありません)</translation>
    </message>
    <message>
        <source>truncated or corrupt PNG (no IEND chunk)</source>
        <translation>PNG が途中で切れているか破損しています (IEND チャンクがありません)</translation>
    </message>
    <message>
        <source>%1: cannot be decoded (%2)</source>
        <translation>%1: デコードできません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be decoded (corrupt or unsupported image data)</source>
        <translation>%1: デコードできません (破損しているか、対応していない画像データです)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み込めません (%1)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>not a supported image (PNG, JPEG, BMP or TIFF)</source>
        <translation>対応している画像形式ではありません (PNG、JPEG、BMP、TIFF)</translation>
    </message>
    <message>
        <source>%1: mask is %2×%3 pixels but its image is %4×%5</source>
        <translation>%1: マスクは %2×%3 ピクセルですが、画像は %4×%5 です</translation>
    </message>
    <message>
        <source>%1: file too large for an image (%2 MB; at most %3 MB)</source>
        <translation>%1: 画像としては大きすぎるファイルです (%2 MB、上限 %3 MB)</translation>
    </message>
    <message>
        <source>corrupt PNG header</source>
        <translation>PNG ヘッダーが破損しています</translation>
    </message>
    <message>
        <source>corrupt JPEG header (no frame marker before the image data)</source>
        <translation>JPEG ヘッダーが破損しています (画像データの前にフレームマーカーがありません)</translation>
    </message>
    <message>
        <source>corrupt BMP header</source>
        <translation>BMP ヘッダーが破損しています</translation>
    </message>
    <message>
        <source>corrupt TIFF header (no image width and height)</source>
        <translation>TIFF ヘッダーが破損しています (画像の幅と高さがありません)</translation>
    </message>
    <message>
        <source>truncated BMP (%1 bytes; its header needs %2)</source>
        <translation>途中で切れた BMP (%1 バイト。ヘッダー上は %2 バイト必要)</translation>
    </message>
    <message>
        <source>decoded as %1×%2 pixels although its header says %3×%4 (corrupt image)</source>
        <translation>ヘッダーは %3×%4 ですが %1×%2 ピクセルとしてデコードされました (破損した画像)</translation>
    </message>
    <message>
        <source>corrupt image header (%1×%2 pixels)</source>
        <translation>画像ヘッダーが破損しています (%1×%2 ピクセル)</translation>
    </message>
    <message>
        <source>image is %1×%2 pixels, more than the %3 megapixels DefectScope decodes (DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)</source>
        <translation>画像は %1×%2 ピクセルで、DefectScope がデコードする %3 メガピクセルを超えています (DEFECTSCOPE_MAX_IMAGE_PIXELS または --max-image-pixels で上限を変更できます)</translation>
    </message>
    <message>
        <source>corrupt JPEG (%1)</source>
        <translation>破損した JPEG (%1)</translation>
    </message>
    <message>
        <source>corrupt JPEG image data (%1)</source>
        <translation>JPEG の画像データが破損しています (%1)</translation>
    </message>
    <message>
        <source>corrupt PNG (%1)</source>
        <translation>破損した PNG (%1)</translation>
    </message>
    <message>
        <source>TIFF strips or tiles of %1×%2 pixels, more than the %3 megapixels DefectScope decodes (DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)</source>
        <translation>TIFF のストリップまたはタイルが %1×%2 ピクセルで、DefectScope がデコードする %3 メガピクセルを超えています (DEFECTSCOPE_MAX_IMAGE_PIXELS または --max-image-pixels で上限を変更できます)</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>%1: %2×%3 pixels (%4×%5 as tiled) is smaller than the model&apos;s %6×%7 tile</source>
        <translation>%1: %2×%3 ピクセル（タイル分割時 %4×%5）はモデルの %6×%7 タイルより小さい</translation>
    </message>
</context>
<context>
    <name>ImageSizeSpec</name>
    <message>
        <source>the crop %1×%2 is larger than the resized image %3×%4</source>
        <translation>切り抜きサイズ %1×%2 がリサイズ後の画像 %3×%4 より大きくなっています</translation>
    </message>
    <message>
        <source>image size &quot;%1&quot; is not valid: give the shorter side (e.g. 256) or width×height (e.g. 256x640), each between %2 and %3 pixels</source>
        <translation>画像サイズ「%1」は無効です: 短辺 (例 256) または 幅×高さ (例 256x640) を、それぞれ %2～%3 ピクセルで指定してください</translation>
    </message>
    <message>
        <source>images of %1×%2 pixels would be resized to %3×%4, more than %5 pixels a side: give a smaller image size or width×height</source>
        <translation>%1×%2 ピクセルの画像は %3×%4 に縮尺され、一辺 %5 ピクセルを超えます: より小さい画像サイズか 幅×高さ を指定してください</translation>
    </message>
    <message>
        <source>tiles keep the images&apos; own size: give either a tile or an image size and crop, not both</source>
        <translation>タイルは画像本来のサイズを保ちます。タイルか、画像サイズと切り抜きかのどちらか一方を指定してください</translation>
    </message>
</context>
<context>
    <name>ImageTensor</name>
    <message>
        <source>images of one batch must share size and type</source>
        <translation>1 つのバッチ内の画像はサイズと型が同じである必要があります</translation>
    </message>
</context>
<context>
    <name>InpaintAE</name>
    <message>
        <source>corruptions: name at least one of elastic, occlusion, rotation</source>
        <translation>corruptions: elastic, occlusion, rotation のうち少なくとも 1 つを指定してください</translation>
    </message>
    <message>
        <source>channel width multiplier (1.0 = the paper&apos;s filters; 0 = the preset&apos;s)</source>
        <translation>チャネル幅の倍率 (1.0 = 論文どおりのフィルター数、0 = プリセットの値)</translation>
    </message>
    <message>
        <source>kernel width f of the stacked dilated convolutions (3 or 5)</source>
        <translation>積層した膨張畳み込みのカーネル幅 f (3 または 5)</translation>
    </message>
    <message>
        <source>training objective: 1 = reconstruct (eq. 1), 4 = contrast in corrupted areas (eq. 4), ensemble = both models, pixel-wise maximum</source>
        <translation>学習の目的関数: 1 = 再構成 (式 1)、4 = 改変領域でのコントラスト (式 4)、ensemble = 両方のモデルのピクセルごとの最大値</translation>
    </message>
    <message>
        <source>weight λ of the corrupted-region term</source>
        <translation>改変領域の項の重み λ</translation>
    </message>
    <message>
        <source>training epochs (0 = the preset&apos;s)</source>
        <translation>学習エポック数 (0 = プリセットの値)</translation>
    </message>
    <message>
        <source>training images per step</source>
        <translation>1 ステップあたりの学習用画像数</translation>
    </message>
    <message>
        <source>stop after this many epochs without a lower validation loss (0 = never)</source>
        <translation>検証損失が下がらないエポックがこの数だけ続いたら停止 (0 = 停止しない)</translation>
    </message>
    <message>
        <source>fraction of the training images held out for validation</source>
        <translation>検証用に取り分ける学習用画像の割合</translation>
    </message>
    <message>
        <source>write a resumable checkpoint every this many iterations</source>
        <translation>この反復回数ごとに、再開可能なチェックポイントを書き出す</translation>
    </message>
    <message>
        <source>progressive training: first crop side as a fraction of the network input (1 = no progression)</source>
        <translation>段階的学習: 最初の切り抜きの一辺 (ネットワーク入力に対する割合、1 = 拡大しない)</translation>
    </message>
    <message>
        <source>fraction of the epochs over which the crop grows to the full input</source>
        <translation>切り抜きが入力全体の大きさまで拡大する期間 (全エポックに対する割合)</translation>
    </message>
    <message>
        <source>corruptions alternated in training: elastic, occlusion, rotation (comma-separated)</source>
        <translation>学習で交互に使う改変の種類: elastic, occlusion, rotation (カンマ区切り)</translation>
    </message>
    <message>
        <source>largest corrupted fraction of an image |S|/N</source>
        <translation>画像内で改変する面積の割合の上限 |S|/N</translation>
    </message>
    <message>
        <source>smallest corrupted patch side, fraction of the image&apos;s shorter side</source>
        <translation>改変パッチの一辺の最小値 (画像の短辺に対する割合)</translation>
    </message>
    <message>
        <source>largest corrupted patch side, fraction of the image&apos;s shorter side</source>
        <translation>改変パッチの一辺の最大値 (画像の短辺に対する割合)</translation>
    </message>
    <message>
        <source>largest relative brightness change of a corrupted patch (0 = none)</source>
        <translation>改変パッチの相対的な明るさ変化の上限 (0 = 変化なし)</translation>
    </message>
    <message>
        <source>augment with rotations by multiples of 90°</source>
        <translation>90° の倍数の回転でデータ拡張する</translation>
    </message>
    <message>
        <source>augment with horizontal flips</source>
        <translation>左右反転でデータ拡張する</translation>
    </message>
    <message>
        <source>augment with vertical flips</source>
        <translation>上下反転でデータ拡張する</translation>
    </message>
    <message>
        <source>difference map: squared = channel mean of (X − F(X))² (eq. 2), ssim = 1 − SSIM</source>
        <translation>差分マップ: squared = (X − F(X))² のチャネル平均 (式 2)、ssim = 1 − SSIM</translation>
    </message>
    <message>
        <source>averaging filter size k of the anomaly map (odd)</source>
        <translation>異常マップの平均化フィルターのサイズ k (奇数)</translation>
    </message>
    <message>
        <source>number n of averaging passes (0 = none)</source>
        <translation>平均化フィルターの適用回数 n (0 = なし)</translation>
    </message>
    <message>
        <source>t of eq. 14: damp the map where the validation images&apos; mean map is high (0 = off; for objects)</source>
        <translation>式 14 の t: 検証用画像の平均マップが高い箇所でマップを抑制する (0 = オフ、物体向け)</translation>
    </message>
    <message>
        <source>%1: no training image could be loaded</source>
        <translation>%1: 学習用画像を 1 枚も読み込めませんでした</translation>
    </message>
    <message>
        <source>Loading training images</source>
        <translation>学習用画像を読み込み中</translation>
    </message>
    <message>
        <source>Inpainting autoencoder (Bauer et al.)</source>
        <translation>インペインティング・オートエンコーダー (Bauer et al.)</translation>
    </message>
    <message>
        <source>An autoencoder trained from scratch to restore corrupted patches of defect-free images; flags what it cannot reproduce.</source>
        <translation>欠陥のない画像の改変パッチを復元するようにゼロから学習するオートエンコーダー。再現できない箇所を検出します。</translation>
    </message>
    <message>
        <source>%1 training and %2 validation images, %3×%3 training crops, network width %4</source>
        <translation>学習用画像 %1 枚、検証用画像 %2 枚、学習用の切り抜き %3×%3、ネットワーク幅 %4</translation>
    </message>
    <message>
        <source>the model holds no trained network</source>
        <translation>モデルに学習済みのネットワークがありません</translation>
    </message>
    <message>
        <source>image size %1×%2 is not a multiple of 8</source>
        <translation>画像サイズ %1×%2 が 8 の倍数ではありません</translation>
    </message>
    <message>
        <source>how convolutions see beyond the image border: replicate the edge pixels, or zeros</source>
        <translation>畳み込みが画像の端の外側をどう扱うか: 端の画素を繰り返す (replicate) またはゼロ (zeros)</translation>
    </message>
    <message>
        <source>setting kernel must be 3 or 5, not %1</source>
        <translation>設定 kernel は 3 または 5 である必要があります (%1 は無効です)</translation>
    </message>
    <message>
        <source>setting smooth_k must be an odd number ≥ 1, not %1</source>
        <translation>設定 smooth_k は 1 以上の奇数である必要があります (%1 は無効です)</translation>
    </message>
    <message>
        <source>training loss (eq. %1)</source>
        <translation>学習損失 (式 %1)</translation>
    </message>
    <message>
        <source>validation loss (eq. %1)</source>
        <translation>検証損失 (式 %1)</translation>
    </message>
    <message>
        <source>Training network %1 of %2 (eq. %3)</source>
        <translation>ネットワーク %1 / %2 を学習中 (式 %3)</translation>
    </message>
    <message>
        <source>Training (eq. %1)</source>
        <translation>学習中 (式 %1)</translation>
    </message>
    <message>
        <source>resumed from %1 at iteration %2</source>
        <translation>%1 から反復 %2 で再開しました</translation>
    </message>
    <message>
        <source>stopped early after epoch %1: no lower validation loss for %2 epochs (best: epoch %3)</source>
        <translation>エポック %1 の後に早期終了しました: %2 エポックの間、検証損失が下がりませんでした (最良: エポック %3)</translation>
    </message>
    <message>
        <source>fast: 256-pixel images, half width, 12 epochs at learning rate 1e-3 (for a CPU); paper: 512 pixels, full width, 100 epochs at 1e-4; auto: fast on a CPU, paper on CUDA</source>
        <translation>fast: 256 ピクセルの画像、ネットワーク幅は半分、学習率 1e-3 で 12 エポック (CPU 向け); paper: 512 ピクセル、ネットワーク幅はそのまま、1e-4 で 100 エポック; auto: CPU では fast、CUDA では paper</translation>
    </message>
    <message>
        <source>Adam learning rate (0 = the preset&apos;s: paper 1e-4, fast 1e-3 for its few epochs)</source>
        <translation>Adam の学習率 (0 = プリセットの値: paper は 1e-4、エポック数の少ない fast は 1e-3)</translation>
    </message>
    <message>
        <source>image score from the anomaly map: sum (the paper&apos;s) or max (for small defects on large images)</source>
        <translation>異常マップから求める画像スコア: sum (論文の方法) または max (大きな画像の小さな欠陥向け)</translation>
    </message>
    <message>
        <source>setting corruptions: unknown corruption &quot;%1&quot; (use elastic, occlusion, rotation, comma-separated)</source>
        <translation>設定 corruptions: 不明な改変「%1」(elastic, occlusion, rotation をカンマ区切りで指定してください)</translation>
    </message>
    <message>
        <source>none of the %1 training images could be loaded</source>
        <translation>%1 枚の学習用画像のいずれも読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>InspectJob</name>
    <message>
        <source>Scoring</source>
        <translation>スコア算出</translation>
    </message>
    <message>
        <source>none of the images could be loaded</source>
        <translation>どの画像も読み込めませんでした</translation>
    </message>
    <message>
        <source>Computing pixel metrics</source>
        <translation>ピクセル指標を計算中</translation>
    </message>
    <message>
        <source>no test images to score</source>
        <translation>スコアを算出するテスト画像がありません</translation>
    </message>
    <message>
        <source>every test image is one the model was trained on</source>
        <translation>すべてのテスト画像がモデルの学習画像です</translation>
    </message>
</context>
<context>
    <name>InspectionModel</name>
    <message>
        <source>no training images</source>
        <translation>学習用画像がありません</translation>
    </message>
    <message>
        <source>none of the %1 training images could be loaded</source>
        <translation>%1 枚の学習用画像をいずれも読み込めませんでした</translation>
    </message>
    <message>
        <source>%1: the training images&apos; hashes are damaged</source>
        <translation>%1: 学習画像のハッシュが破損しています</translation>
    </message>
    <message>
        <source>%1: the model&apos;s tensors do not match its method (damaged model): %2</source>
        <translation>%1: モデルのテンソルが手法と一致しません (破損したモデル): %2</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>新しいモデル</translation>
    </message>
    <message>
        <source>%1: the model&apos;s tensors do not fit the images it scores (damaged model): %2</source>
        <translation>%1: モデルのテンソルが採点する画像に合いません（モデルの破損）: %2</translation>
    </message>
    <message>
        <source>maps of shape %1 for %2 images of %3×%4</source>
        <translation>%3×%4 の画像 %2 枚に対して形状 %1 のマップ</translation>
    </message>
    <message>
        <source>a %1 model cannot be updated with further images; train it again</source>
        <translation>%1 のモデルには画像を追加できません。学習し直してください</translation>
    </message>
    <message>
        <source>no images to add</source>
        <translation>追加する画像がありません</translation>
    </message>
    <message>
        <source>none of the %1 images to add could be loaded</source>
        <translation>追加する %1 枚の画像をどれも読み込めませんでした</translation>
    </message>
    <message>
        <source>%1: the inspection region is missing (damaged model)</source>
        <translation>%1: 検査領域がありません (モデルの破損)</translation>
    </message>
    <message>
        <source>%1: the inspection region does not match the model&apos;s input (damaged model)</source>
        <translation>%1: 検査領域がモデルの入力と一致しません (モデルの破損)</translation>
    </message>
    <message>
        <source>continuing the training of a %1 model needs the images it was trained on (give its training dataset)</source>
        <translation>%1 モデルの学習を続けるには、学習に使った画像が必要です（学習データセットを指定してください）</translation>
    </message>
    <message>
        <source>none of the %1 training images is as large as a %2×%3 tile</source>
        <translation>%1 枚の学習画像のどれも %2×%3 のタイルほど大きくありません</translation>
    </message>
    <message>
        <source>continuing the training on %1 images: %2</source>
        <translation>%1 枚の画像で学習を継続: %2</translation>
    </message>
</context>
<context>
    <name>InspectionRegion</name>
    <message>
        <source>%1: the inspection region is empty: no pixel is inspected (white = inspected)</source>
        <translation>%1: 検査領域が空です: 検査する画素がありません (白 = 検査する)</translation>
    </message>
    <message>
        <source>%1: the inspection region is %2×%3, not the model&apos;s input frame %4×%5</source>
        <translation>%1: 検査領域が %2×%3 で、モデルの入力 %4×%5 と異なります</translation>
    </message>
    <message>
        <source>%1: the inspection region holds values other than 0 and 1</source>
        <translation>%1: 検査領域に 0 と 1 以外の値があります</translation>
    </message>
    <message>
        <source>%1: the inspection region is empty: no pixel is inspected</source>
        <translation>%1: 検査領域が空です: 検査する画素がありません</translation>
    </message>
</context>
<context>
    <name>InspectionSession</name>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 をスキャン中…</translation>
    </message>
    <message>
        <source>Writing the demo dataset to %1…</source>
        <translation>デモデータセットを %1 に書き込み中…</translation>
    </message>
    <message>
        <source>Cannot move the demo dataset into %1</source>
        <translation>デモデータセットを %1 に移動できません</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>%1 の学習</translation>
    </message>
    <message>
        <source>Trained on %1 images in %2 s; model saved to %3</source>
        <translation>%1 枚の画像で学習しました (%2 s)。モデルの保存先: %3</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 の読み込み</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Downloading %1 weights</source>
        <translation>%1 の重みのダウンロード</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 をダウンロード中</translation>
    </message>
    <message>
        <source>Weights saved to %1</source>
        <translation>重みを %1 に保存しました</translation>
    </message>
    <message>
        <source>Writing report %1</source>
        <translation>レポート %1 の書き出し</translation>
    </message>
    <message>
        <source>Writing report pages</source>
        <translation>レポートのページを書き込み中</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages)</source>
        <translation>レポートを %1 に書き込みました (%2 ページ)</translation>
    </message>
    <message>
        <source>Exporting results to %1</source>
        <translation>%1 への結果のエクスポート</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 書き込めません (%2)</translation>
    </message>
    <message>
        <source>Results exported to %1</source>
        <translation>結果を %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: キャンセルされました</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>A job is running: wait for it to finish or cancel it first.</source>
        <translation>ジョブを実行中です。完了を待つか、先にキャンセルしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n good image(s) held out of training: scored as unseen test images</source>
        <translation>
            <numerusform>良品画像 %n 枚を学習から取り置き、未学習のテスト画像としてスコアを算出します</numerusform>
        </translation>
    </message>
    <message>
        <source>No images held out: %1</source>
        <translation>画像の取り置きなし: %1</translation>
    </message>
    <message>
        <source>Scoring %1 with %2</source>
        <translation>%2 による %1 のスコア算出</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s) identical to training images left out of the metrics</source>
        <translation>
            <numerusform>学習画像と同一のテスト画像 %n 枚を指標から除外しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the inspection region of %1</source>
        <translation>%1 の検査領域の保存</translation>
    </message>
    <message>
        <source>New version with the inspection region saved to %1</source>
        <translation>検査領域を持つ新しい版を %1 に保存しました</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) taught as good; new version saved to %1</source>
        <translation>
            <numerusform>%n 枚の画像を良品として追加し、新しい版を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Teaching good images to %1</source>
        <translation>%1 への良品画像の追加</translation>
    </message>
    <message>
        <source>%1: cannot create the masks folder</source>
        <translation>%1: マスクフォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>Inspection view</source>
        <translation>検査ビュー</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>オーバーレイ</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>ヒートマップ</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>No anomaly map yet: score the image to see it here.</source>
        <translation>異常マップはまだありません。画像のスコアを算出すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Select a test image to inspect it.</source>
        <translation>検査するテスト画像を選択してください。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Zoom to fit the panes (or double-click an image)</source>
        <translation>ペインに合わせてズーム (または画像をダブルクリック)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (100 %)</source>
        <translation>画像の 1 ピクセルを画面の 1 ピクセルで表示 (100 %)</translation>
    </message>
    <message>
        <source>Zoom: image pixels per screen pixel, in percent</source>
        <translation>ズーム: 画面の 1 ピクセルあたりの画像ピクセル数 (パーセント)</translation>
    </message>
    <message>
        <source>%1 TP %2 FP %3 FN — yellow: predicted, cyan: ground truth</source>
        <translation>%1 TP %2 FP %3 FN — 黄: 予測、シアン: 正解</translation>
    </message>
    <message>
        <source>Evaluation at the pixel threshold: true-positive pixels green, false-positive blue, false-negative red. Overlay: predicted regions outlined in yellow, ground truth in cyan.</source>
        <translation>ピクセルしきい値での評価: 真陽性ピクセルは緑、偽陽性は青、偽陰性は赤。オーバーレイ: 予測領域は黄、正解はシアンの輪郭で表示。</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>画像を表示できませんでした。</translation>
    </message>
    <message>
        <source>Pixel precision %1 · recall %2 · IoU %3</source>
        <translation>ピクセル適合率 %1 · 再現率 %2 · IoU %3</translation>
    </message>
    <message>
        <source>At pixel threshold %1: TP %2 · FP %3 · FN %4 · TN %5 pixels</source>
        <translation>ピクセルしきい値 %1: TP %2 · FP %3 · FN %4 · TN %5 ピクセル</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No pixel ground truth for this image (unlabelled, or defective without a mask): its predicted pixels cannot be called right or wrong.</source>
        <translation>この画像にはピクセル単位の正解がありません（ラベルなし、またはマスクのない不良品）。予測されたピクセルの正誤は判定できません。</translation>
    </message>
    <message>
        <source>Pixel precision, recall, IoU: – (no pixel ground truth)</source>
        <translation>ピクセル適合率・再現率・IoU: –（ピクセル正解なし）</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>タイル</translation>
    </message>
    <message>
        <source>Outline the tiles the model scored this image in (white)</source>
        <translation>モデルがこの画像を評価したタイルの輪郭を表示（白）</translation>
    </message>
</context>
<context>
    <name>JobContext</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Side by side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>DefectScope</source>
        <translation>DefectScope</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>ヒートマップの不透明度</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>カラーマップ</translation>
    </message>
    <message>
        <source>Image, heatmap and evaluation map side by side, zoomed and panned together</source>
        <translation>画像・ヒートマップ・評価マップを並べて表示 (ズームとパンは連動)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>積み上げ棒グラフ</translation>
    </message>
    <message>
        <source>Stack the groups&apos; bars instead of overlaying them</source>
        <translation>グループの棒を重ねずに積み上げて表示</translation>
    </message>
    <message>
        <source>Score histogram</source>
        <translation>ヒストグラム</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation>適合率–再現率</translation>
    </message>
    <message>
        <source>PRO</source>
        <translation>PRO</translation>
    </message>
    <message>
        <source>Per defect type</source>
        <translation>欠陥の種類別</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新規プロジェクト(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>プロジェクトを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>名前を付けてプロジェクトを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;dataset folder…</source>
        <translation>データセットフォルダーを開く(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Open de&amp;mo dataset</source>
        <translation>デモデータセットを開く(&amp;M)</translation>
    </message>
    <message>
        <source>Score a &amp;production folder…</source>
        <translation>生産フォルダーのスコアを算出(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>レポートをエクスポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>結果をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation>学習(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Add model file…</source>
        <translation>モデルファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Score dataset</source>
        <translation>データセットのスコアを算出(&amp;S)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>ジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>全体表示(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual size (1:1)</source>
        <translation>実際のサイズ (1:1)(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>並べて表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Compute &amp;device</source>
        <translation>計算デバイス(&amp;D)</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>自動 (利用可能な場合は GPU)</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <source>Compute &amp;threads…</source>
        <translation>計算スレッド数(&amp;T)…</translation>
    </message>
    <message>
        <source>Compute threads</source>
        <translation>計算スレッド数</translation>
    </message>
    <message>
        <source>Threads for training and scoring (0 = one per core); takes effect at the next start:</source>
        <translation>学習とスコア算出に使うスレッド数 (0 = コアごとに 1 つ)。次回の起動時に有効になります:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DefectScope</source>
        <translation>DefectScope について(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>データセットを開けません</translation>
    </message>
    <message>
        <source>%1 — %2 training, %3 good and %4 defective test images, %5 unlabelled; %6 problem files</source>
        <translation>%1 — 学習用画像 %2、テスト画像 良品 %3・不良 %4、ラベルなし %5、問題のあるファイル %6</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>x %1, y %2 — score %3</source>
        <translation>x %1, y %2 — 異常スコア %3</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>ROC point</source>
        <translation>ROC 上の点</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <source>%1%2 — DefectScope</source>
        <translation>%1%2 — DefectScope</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 をスキャン中…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>DefectScope projects (%1)</source>
        <translation>DefectScope プロジェクト (%1)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>Unsaved project</source>
        <translation>未保存のプロジェクト</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>プロジェクトに未保存の変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation>データセットフォルダーを開く</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>モデルがありません</translation>
    </message>
    <message>
        <source>Train a model or add a model file first (Model menu).</source>
        <translation>先にモデルを学習するか、モデルファイルを追加してください ([モデル] メニュー)。</translation>
    </message>
    <message>
        <source>Folder of images to score</source>
        <translation>スコアを算出する画像のフォルダー</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>データセットがありません</translation>
    </message>
    <message>
        <source>Open a dataset folder first: the model trains on its defect-free training images.</source>
        <translation>先にデータセットフォルダーを開いてください。モデルはその中の欠陥のない学習用画像で学習します。</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Another job is running; cancel it or wait for it to finish.</source>
        <translation>別のジョブが実行中です。キャンセルするか、終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>モデルファイルを追加</translation>
    </message>
    <message>
        <source>DefectScope models (*.dsm)</source>
        <translation>DefectScope モデル (*.dsm)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>エクスポートするものがありません</translation>
    </message>
    <message>
        <source>Score the dataset with a model first.</source>
        <translation>先にモデルでデータセットのスコアを算出してください。</translation>
    </message>
    <message>
        <source>Export results into folder</source>
        <translation>結果をフォルダーにエクスポート</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>レポートの対象がありません</translation>
    </message>
    <message>
        <source>About DefectScope</source>
        <translation>DefectScope について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DefectScope %1&lt;/h3&gt;&lt;p&gt;Unsupervised visual defect inspection: train on defect-free images, see what the model flags, tune thresholds and export reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DefectScope %1&lt;/h3&gt;&lt;p&gt;教師なしの外観欠陥検査: 欠陥のない画像で学習し、モデルが検出した箇所を確認して、しきい値を調整し、レポートをエクスポートします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>The labelled set the models are evaluated on, or a production folder scored with the active model</source>
        <translation>モデルを評価するラベル付きセット、または有効なモデルでスコアを算出する生産フォルダー</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>画像セット</translation>
    </message>
    <message>
        <source> — no test good images of its own: training holds some good images out as unseen test images</source>
        <translation> — 良品テスト画像なし: 学習時に一部の良品画像を未学習のテスト画像として取り置きます</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Labelled set: %1</source>
        <translation>ラベル付きセット: %1</translation>
    </message>
    <message>
        <source>Last scored with %1: %2 images, %3 OK, %4 REVIEW, %5 NOK</source>
        <translation>前回のスコア算出 (%1): 画像 %2 枚、OK %3、REVIEW %4、NOK %5</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>生産: %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>There is no model to score with: train one (Model ▸ Train…) or add a model file (Model ▸ Add model file…).</source>
        <translation>採点に使うモデルがありません。モデルを学習する（モデル ▸ 学習…）か、モデルファイルを追加してください（モデル ▸ モデルファイルを追加…）。</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>画像がありません</translation>
    </message>
    <message>
        <source>Open a dataset folder or a production folder first.</source>
        <translation>先にデータセットフォルダーか生産フォルダーを開いてください。</translation>
    </message>
    <message>
        <source>Scoring starts when the running job ends.</source>
        <translation>実行中のジョブが終わると採点を始めます。</translation>
    </message>
    <message>
        <source>Open a folder of images (File ▸ Open dataset folder…, or drop one onto the window), or try the demo dataset (File ▸ Open demo dataset).</source>
        <translation>画像フォルダーを開いてください（ファイル ▸ データセットフォルダーを開く…、またはウィンドウにドロップ）。デモデータセットも試せます（ファイル ▸ デモデータセットを開く）。</translation>
    </message>
    <message>
        <source>No model yet. Train one on this folder&apos;s good images (Model ▸ Train…, Ctrl+T), or add a model file (Model ▸ Add model file…). Its scores, heatmaps and metrics then appear here.</source>
        <translation>モデルがまだありません。このフォルダーの良品画像でモデルを学習する（モデル ▸ 学習…、Ctrl+T）か、モデルファイルを追加してください（モデル ▸ モデルファイルを追加…）。スコア、ヒートマップ、指標がここに表示されます。</translation>
    </message>
    <message>
        <source>Select an image on the left to inspect it.</source>
        <translation>左の画像を選ぶと検査できます。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Ground-truth mask</source>
        <translation>正解マスク</translation>
    </message>
    <message>
        <source>Select the image to paint a mask for.</source>
        <translation>マスクを描く画像を選択してください。</translation>
    </message>
    <message>
        <source>Inspection region</source>
        <translation>検査領域</translation>
    </message>
    <message>
        <source>Select an image scored by the active model: the region is drawn over the model&apos;s input.</source>
        <translation>使用中のモデルでスコア算出済みの画像を選択してください: 領域はモデルの入力の上に描きます。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Score the images first: the review goes through what the model flagged.</source>
        <translation>先に画像のスコアを算出してください: レビューではモデルが指摘した画像を確認します。</translation>
    </message>
    <message>
        <source>&amp;Review flagged images…</source>
        <translation>指摘された画像のレビュー(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Paint ground-truth &amp;mask…</source>
        <translation>正解マスクを描く(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Inspection region…</source>
        <translation>検査領域(&amp;I)…</translation>
    </message>
    <message>
        <source>Teach as good</source>
        <translation>良品として追加</translation>
    </message>
    <message>
        <source>Select an image scored by the active model.</source>
        <translation>使用中のモデルでスコア算出済みの画像を選択してください。</translation>
    </message>
    <message>
        <source>Teach selected image as &amp;good</source>
        <translation>選択した画像を良品として追加(&amp;G)</translation>
    </message>
</context>
<context>
    <name>MapSpill</name>
    <message>
        <source>%1: cannot write temporary maps (%2)</source>
        <translation>%1: 一時マップを書き込めません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read temporary maps back (%2)</source>
        <translation>%1: 一時マップを読み戻せません (%2)</translation>
    </message>
    <message>
        <source>cannot create a temporary file for the maps in %1 (%2)</source>
        <translation>%1 にマップ用の一時ファイルを作成できません (%2)</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>何も書き込まれませんでした</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>ファイルが途中で終わっています</translation>
    </message>
</context>
<context>
    <name>MaskEditorDialog</name>
    <message>
        <source>Inspection region</source>
        <translation>検査領域</translation>
    </message>
    <message>
        <source>Ground-truth mask</source>
        <translation>正解マスク</translation>
    </message>
    <message>
        <source>Green is inspected. Remove what must never raise a verdict — serial numbers, fixtures, background. The region is drawn over the model&apos;s input and saved with a new version of the model.</source>
        <translation>緑の部分を検査します。判定に影響させてはならない部分 (シリアル番号、治具、背景) を除いてください。領域はモデルの入力の上に描き、モデルの新しい版とともに保存します。</translation>
    </message>
    <message>
        <source>Paint the defect&apos;s pixels green. The mask is saved in the project&apos;s masks folder as an MVTec-style &lt;name&gt;_mask.png and used at once by the pixel metrics and the evaluation map.</source>
        <translation>欠陥の画素を緑で塗ってください。マスクはプロジェクトの masks フォルダーに MVTec 形式の &lt;name&gt;_mask.png として保存され、画素の指標と評価マップにすぐ反映されます。</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>矩形(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation>多角形(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>ブラシ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Brush radius:</source>
        <translation>ブラシの半径:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Inspect all</source>
        <translation>すべて検査</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Inspect nothing</source>
        <translation>検査しない</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Save as a new model version</source>
        <translation>モデルの新しい版として保存</translation>
    </message>
    <message>
        <source>Save mask</source>
        <translation>マスクを保存</translation>
    </message>
    <message>
        <source>%1 % of the image inspected</source>
        <translation>画像の %1 % を検査</translation>
    </message>
    <message>
        <source>%1 % of the image marked as defect</source>
        <translation>画像の %1 % が欠陥</translation>
    </message>
</context>
<context>
    <name>MeanDiff</name>
    <message>
        <source>Mean difference (baseline)</source>
        <translation>平均差分 (ベースライン)</translation>
    </message>
    <message>
        <source>Per-pixel z-score against the mean training image; a sanity baseline.</source>
        <translation>平均学習画像に対するピクセルごとの z スコア。動作確認用のベースラインです。</translation>
    </message>
    <message>
        <source>Gaussian smoothing of the anomaly map, in pixels (0 = none)</source>
        <translation>異常マップのガウス平滑化 (ピクセル単位、0 = なし)</translation>
    </message>
    <message>
        <source>Added to the per-pixel standard deviation (intensity units 0–1)</source>
        <translation>ピクセルごとの標準偏差に加算される値 (輝度単位 0–1)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>no training image could be loaded</source>
        <translation>学習用画像を 1 枚も読み込めませんでした</translation>
    </message>
    <message>
        <source>images are %1×%2 but the model was trained at %3×%4</source>
        <translation>画像は %1×%2 ですが、モデルは %3×%4 で学習されています</translation>
    </message>
    <message>
        <source>%1: the mean and deviation images are not 3×H×W of one size (damaged model)</source>
        <translation>%1: 平均画像と偏差画像が同じ大きさの 3×H×W ではありません (破損したモデル)</translation>
    </message>
    <message>
        <source>the model was saved before models kept what an update needs; train it again</source>
        <translation>このモデルは更新に必要な情報を保持する前の版で保存されています。学習し直してください</translation>
    </message>
    <message>
        <source>%1: the kept sums do not match the model (damaged model)</source>
        <translation>%1: 保持された総和がモデルと一致しません (モデルの破損)</translation>
    </message>
</context>
<context>
    <name>MethodRegistry</name>
    <message>
        <source>unknown method &quot;%1&quot; (available: %2)</source>
        <translation>不明な手法「%1」(利用可能: %2)</translation>
    </message>
    <message>
        <source>a %1 model cannot be updated with further images; train it again</source>
        <translation>%1 のモデルには画像を追加できません。学習し直してください</translation>
    </message>
</context>
<context>
    <name>MethodSettings</name>
    <message>
        <source>unknown setting &quot;%1&quot; (this method has: %2)</source>
        <translation>不明な設定「%1」(この手法の設定: %2)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>setting %1=%2 is not valid: expected %3</source>
        <translation>設定 %1=%2 は無効です: %3 が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form key=value</source>
        <translation>「%1」は key=value の形式ではありません</translation>
    </message>
    <message>
        <source>setting %1 = %2 is outside %3…%4</source>
        <translation>設定 %1 = %2 が範囲 %3…%4 の外にあります</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>有限の数値</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>anomaly map and mask differ in size</source>
        <translation>異常マップとマスクのサイズが異なります</translation>
    </message>
    <message>
        <source>too many ground-truth regions</source>
        <translation>正解領域が多すぎます</translation>
    </message>
    <message>
        <source>anomaly map contains NaN</source>
        <translation>異常マップに NaN が含まれています</translation>
    </message>
    <message>
        <source>%1 scores but %2 labels</source>
        <translation>異常スコアが %1 個ですが、ラベルは %2 個です</translation>
    </message>
    <message>
        <source>scores contain NaN</source>
        <translation>異常スコアに NaN が含まれています</translation>
    </message>
    <message>
        <source>anomaly map and inspection region differ in size</source>
        <translation>異常マップと検査領域のサイズが異なります</translation>
    </message>
</context>
<context>
    <name>ModelArchive</name>
    <message>
        <source>%1: unknown tensor type %2 (damaged file or newer version)</source>
        <translation>%1: 不明なテンソル型 %2 (ファイルの破損、または新しいバージョン)</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a type the model file cannot store</source>
        <translation>テンソル「%1」の型はモデルファイルに保存できません</translation>
    </message>
    <message>
        <source>%1: the model lacks &quot;%2&quot; (damaged or incompatible model)</source>
        <translation>%1: モデルに「%2」がありません (モデルが破損しているか、互換性がありません)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has the wrong size (damaged model)</source>
        <translation>%1: テンソル「%2」のサイズが正しくありません (モデルが破損しています)</translation>
    </message>
    <message>
        <source>%1: cannot write the model (%2)</source>
        <translation>%1: モデルを書き込めません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the model (%2)</source>
        <translation>%1: モデルを開けません (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid DefectScope model (%2)</source>
        <translation>%1: 有効な DefectScope モデルではありません (%2)</translation>
    </message>
    <message>
        <source>unknown file format</source>
        <translation>不明なファイル形式</translation>
    </message>
    <message>
        <source>checksum mismatch: the file is damaged or truncated</source>
        <translation>チェックサムが一致しません: ファイルが破損しているか、途中で切れています</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program supports</source>
        <translation>形式バージョン %1 は、このプログラムが対応するバージョンより新しいです</translation>
    </message>
    <message>
        <source>bad header</source>
        <translation>ヘッダーが不正です</translation>
    </message>
    <message>
        <source>bad tensor name</source>
        <translation>テンソル名が不正です</translation>
    </message>
    <message>
        <source>bad tensor rank</source>
        <translation>テンソルの次元数が不正です</translation>
    </message>
    <message>
        <source>bad tensor size</source>
        <translation>テンソルサイズが不正です</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>予期しないデータの終端</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an impossible shape</source>
        <translation>テンソル「%1」の形状がありえない値です</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a shape of %2 bytes but holds %3</source>
        <translation>テンソル「%1」の形状は %2 バイトですが、%3 バイトを保持しています</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>%1: %2 is missing (damaged model)</source>
        <translation>%1: %2 がありません (破損したモデル)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a number (damaged model)</source>
        <translation>%1: %2 が数値ではありません (破損したモデル)</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a finite number</source>
        <translation>%1: %2 は %3 で、有限の数値ではありません</translation>
    </message>
    <message>
        <source>%1: %2 %3 is out of range (%4…%5)</source>
        <translation>%1: %2 %3 は範囲外です (%4…%5)</translation>
    </message>
    <message>
        <source>%1: %2 %3 is out of range (at least %4)</source>
        <translation>%1: %2 %3 は範囲外です (%4 以上)</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is unknown (%4 or %5)</source>
        <translation>%1: %2「%3」は不明です (%4 または %5)</translation>
    </message>
    <message>
        <source>%1: %2 %3×%4 is larger than the input %5×%6</source>
        <translation>%1: %2 %3×%4 は入力 %5×%6 より大きいです</translation>
    </message>
    <message>
        <source>%1: %2 %3 has no path or no SHA-256 (damaged model)</source>
        <translation>%1: %2 %3 にパスまたは SHA-256 がありません (破損したモデル)</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 scores for %4 images (damaged model)</source>
        <translation>%1: %2 は %4 枚の画像に対して %3 個のスコアを持っています (破損したモデル)</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not a whole number</source>
        <translation>%1: %2 %3 は整数ではありません</translation>
    </message>
    <message>
        <source>input tiling and crop cannot both be set (damaged model)</source>
        <translation>input の tiling と crop は同時に設定できません（破損したモデル）</translation>
    </message>
</context>
<context>
    <name>ModelInput</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>native resolution</source>
        <translation>元の解像度</translation>
    </message>
    <message>
        <source>%1× resolution</source>
        <translation>%1 倍の解像度</translation>
    </message>
    <message>
        <source>%1 × %2 tiles at %3, overlap %4</source>
        <translation>%3 で %1 × %2 タイル、重なり %4</translation>
    </message>
    <message>
        <source>%1×%2 tiles</source>
        <translation>%1×%2 タイル</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>画像 AUROC</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>ピクセル AUROC</translation>
    </message>
    <message>
        <source>AUPRO</source>
        <translation>AUPRO</translation>
    </message>
    <message>
        <source>F1 max</source>
        <translation>最大 F1</translation>
    </message>
    <message>
        <source>Fit (s)</source>
        <translation>学習 (s)</translation>
    </message>
    <message>
        <source>ms / image</source>
        <translation>ms / 画像</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>サイズ (MB)</translation>
    </message>
    <message>
        <source>Use selected model</source>
        <translation>選択したモデルを使用</translation>
    </message>
    <message>
        <source>Make the selected model the active one and score the dataset with it</source>
        <translation>選択したモデルを有効にし、そのモデルでデータセットのスコアを算出します</translation>
    </message>
    <message>
        <source>Metrics on the labelled set: %1 good images (%2 held out of training) and %3 defective ones.</source>
        <translation>ラベル付きセットでの指標: 良品画像 %1 枚 (うち学習から取り置き %2 枚)、不良画像 %3 枚。</translation>
    </message>
    <message numerus="yes">
        <source>%n training image(s) left out.</source>
        <translation>
            <numerusform>学習画像 %n 枚を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reliable: fewer than %1 good or defective images.</source>
        <translation>信頼できません: 良品または不良画像が %1 枚未満です。</translation>
    </message>
    <message>
        <source>Unseen good / defective</source>
        <translation>未学習 良品 / 不良</translation>
    </message>
    <message>
        <source>The labelled images the metrics rest on; none of them was trained on</source>
        <translation>指標の算出に使ったラベル付き画像 (いずれも学習には不使用)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>学習</translation>
    </message>
    <message numerus="yes">
        <source>v%1: %n image(s) added</source>
        <translation>
            <numerusform>v%1: %n 枚追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained from scratch; not updated since</source>
        <translation>一から学習し、その後の更新はありません</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) added (%2) to the model %3…</source>
        <translation>
            <numerusform>%1: モデル %3… に %n 枚を追加 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleState</name>
    <message>
        <source>%1: tensor &quot;%2&quot; is missing (saved with other settings, or damaged)</source>
        <translation>%1: テンソル「%2」がありません (別の設定で保存されたか、破損しています)</translation>
    </message>
    <message>
        <source>%1: tensor &quot;%2&quot; has another shape than this model&apos;s (saved with other settings?)</source>
        <translation>%1: テンソル「%2」の形状がこのモデルと異なります (別の設定で保存されましたか?)</translation>
    </message>
    <message>
        <source>%1: the optimizer state is missing</source>
        <translation>%1: オプティマイザーの状態がありません</translation>
    </message>
</context>
<context>
    <name>PatchCore</name>
    <message>
        <source>unknown search &quot;%1&quot; (exact, flat, matmul or ivf)</source>
        <translation>不明な探索方法「%1」(exact、flat、matmul、ivf のいずれか)</translation>
    </message>
    <message>
        <source>PatchCore</source>
        <translation>PatchCore</translation>
    </message>
    <message>
        <source>Nearest-neighbour distance of locally aware patch features to a coreset memory bank (Roth et al. 2022).</source>
        <translation>局所的な情報を取り込んだパッチ特徴と、コアセットのメモリバンクとの最近傍距離 (Roth et al. 2022)。</translation>
    </message>
    <message>
        <source>backbone stages to use, 0-based (default: 1,2 — layer2 and layer3)</source>
        <translation>使用するバックボーンのステージ (0始まり、既定: 1,2 — layer2 と layer3)</translation>
    </message>
    <message>
        <source>neighbourhood p×p aggregated into each patch feature</source>
        <translation>各パッチ特徴に集約する p×p の近傍</translation>
    </message>
    <message>
        <source>dimension each stage&apos;s patch is pooled to (aggregation=pool)</source>
        <translation>各ステージのパッチをプーリングする次元数 (aggregation=pool)</translation>
    </message>
    <message>
        <source>final patch-feature dimension (aggregation=pool)</source>
        <translation>最終的なパッチ特徴の次元数 (aggregation=pool)</translation>
    </message>
    <message>
        <source>pool: authors&apos; adaptive pooling; concat: average-pool and concatenate the stages</source>
        <translation>pool: 著者らの適応プーリング、concat: 各ステージを平均プーリングして連結</translation>
    </message>
    <message>
        <source>fraction of training patches kept in the memory bank</source>
        <translation>メモリバンクに保持する学習パッチの割合</translation>
    </message>
    <message>
        <source>random projection dimension for coreset distances (0 = none)</source>
        <translation>コアセット距離の計算に使うランダム射影の次元数 (0 = なし)</translation>
    </message>
    <message>
        <source>random starting points of the approximate greedy coreset</source>
        <translation>近似貪欲法コアセットのランダムな開始点</translation>
    </message>
    <message>
        <source>image score re-weighting of eq. (7); false = plain maximum</source>
        <translation>式 (7) による画像スコアの再重み付け。false = 単純な最大値</translation>
    </message>
    <message>
        <source>b, the memory-bank neighbourhood of eq. (7)</source>
        <translation>b: 式 (7) のメモリバンク近傍</translation>
    </message>
    <message>
        <source>nearest-neighbour search: exact (pruned by a principal-component bound on CPU, matrix products on GPU), flat (FAISS brute force), matmul or ivf (approximate)</source>
        <translation>最近傍探索: exact (CPU では主成分による境界で枝刈り、GPU では行列積)、flat (FAISS の総当たり)、matmul、または ivf (近似)</translation>
    </message>
    <message>
        <source>Gaussian smoothing of the anomaly map, in pixels</source>
        <translation>異常マップのガウス平滑化 (ピクセル単位)</translation>
    </message>
    <message>
        <source>patch_size must be an odd number ≥ 1, not %1</source>
        <translation>patch_size は 1 以上の奇数である必要があります (%1 は無効です)</translation>
    </message>
    <message>
        <source>Extracting features</source>
        <translation>特徴を抽出中</translation>
    </message>
    <message>
        <source>no training image could be loaded</source>
        <translation>学習用画像を 1 枚も読み込めませんでした</translation>
    </message>
    <message>
        <source>Selecting coreset</source>
        <translation>コアセットを選択中</translation>
    </message>
    <message>
        <source>coverage radius</source>
        <translation>被覆半径</translation>
    </message>
    <message>
        <source>memory bank: %1 of %2 patches (%3 MB)</source>
        <translation>メモリバンク: %2 パッチ中 %1 (%3 MB)</translation>
    </message>
    <message>
        <source>the model has no memory bank</source>
        <translation>モデルにメモリバンクがありません</translation>
    </message>
    <message>
        <source>%1: the backbone&apos;s weights differ from those the model was trained with (%2 instead of %3)</source>
        <translation>%1: バックボーンの重みがモデル学習時のものと異なります (%3 ではなく %2)</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1 (%2)</source>
        <translation>%1 に一時ファイルを作成できません (%2)</translation>
    </message>
    <message>
        <source>cannot write training features to %1 (%2): is the disk full?</source>
        <translation>学習特徴を %1 に書き込めません (%2)。ディスクの空き容量を確認してください</translation>
    </message>
    <message>
        <source>cannot write training features to %1</source>
        <translation>学習特徴を %1 に書き込めません</translation>
    </message>
    <message>
        <source>cannot read training features back from %1</source>
        <translation>学習特徴を %1 から読み戻せません</translation>
    </message>
    <message>
        <source>the memory bank holds %1 features per patch but the backbone gives %2 (a damaged model, or one trained with another backbone)</source>
        <translation>メモリーバンクはパッチあたり %1 個の特徴を持ちますが、バックボーンは %2 個を出力します (破損したモデルか、別のバックボーンで学習したモデル)</translation>
    </message>
    <message>
        <source>memory bank: %1 of %2 new patches added, %3 in all (%4 MB)</source>
        <translation>メモリバンク: 新しいパッチ %2 個のうち %1 個を追加、計 %3 個 (%4 MB)</translation>
    </message>
</context>
<context>
    <name>PngFile</name>
    <message>
        <source>%1: cannot write the image (%2)</source>
        <translation>%1: 画像を書き込めません（%2）</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG エンコードに失敗しました</translation>
    </message>
</context>
<context>
    <name>PrPlot</name>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Threshold %1
Recall %2
Precision %3
F1 %4</source>
        <translation>しきい値 %1
再現率 %2
適合率 %3
F1 %4</translation>
    </message>
    <message>
        <source>F1 max %1 at %2</source>
        <translation>最大 F1 %1 (しきい値 %2)</translation>
    </message>
</context>
<context>
    <name>ProPlot</name>
    <message>
        <source>False positive rate (pixels)</source>
        <translation>偽陽性率 (ピクセル)</translation>
    </message>
    <message>
        <source>Per-region overlap</source>
        <translation>領域ごとの重なり</translation>
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
        <translation>領域ごとの重なりはありません。正解マスク付きの採点済み不良テスト画像と、
その横の良品ピクセルが必要です。</translation>
    </message>
</context>
<context>
    <name>ProgressBar</name>
    <message>
        <source>ETA %1</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>所要時間 %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>%1: cannot save the project (%2)</source>
        <translation>%1: プロジェクトを保存できません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the project (%2)</source>
        <translation>%1: プロジェクトを開けません (%2)</translation>
    </message>
    <message>
        <source>%1: not a DefectScope project (%2)</source>
        <translation>%1: DefectScope プロジェクトではありません (%2)</translation>
    </message>
    <message>
        <source>%1: not a DefectScope project</source>
        <translation>%1: DefectScope プロジェクトではありません</translation>
    </message>
    <message>
        <source>%1: written by a newer DefectScope (project version %2)</source>
        <translation>%1: より新しい DefectScope で作成されています (プロジェクトバージョン %2)</translation>
    </message>
    <message>
        <source>%1 (the header of model %2)</source>
        <translation>%1 (モデル %2 のヘッダー)</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket)</source>
        <translation>通常のファイルではありません (パイプ、デバイス、ソケット)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>unknown findings choice &quot;%1&quot; (all, flagged or errors)</source>
        <translation>不明な所見の選択「%1」(all、flagged、errors のいずれか)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1: cannot write the report (%2)</source>
        <translation>%1: レポートを書き込めません (%2)</translation>
    </message>
    <message>
        <source>Inspection report — %1</source>
        <translation>検査レポート — %1</translation>
    </message>
    <message>
        <source>DefectScope %1</source>
        <translation>DefectScope %1</translation>
    </message>
    <message>
        <source>DefectScope inspection report — %1</source>
        <translation>DefectScope 検査レポート — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>検査レポート</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Labelled test images</source>
        <translation>ラベル付きテスト画像</translation>
    </message>
    <message>
        <source>%1 good, %2 defective (%3)</source>
        <translation>良品 %1、不良 %2 (%3)</translation>
    </message>
    <message>
        <source>Unlabelled images</source>
        <translation>ラベルなし画像</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>OK below %1, NOK at or above %2, REVIEW between</source>
        <translation>%1 未満は OK、%2 以上は NOK、その間は REVIEW</translation>
    </message>
    <message>
        <source>NOK at or above %1</source>
        <translation>%1 以上は NOK</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <source>defect pixels at or above %1</source>
        <translation>%1 以上は欠陥ピクセル</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来歴</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>The images carry no labels, so no error rates or ranking metrics can be given.</source>
        <translation>画像にラベルがないため、エラー率やランキング指標は示せません。</translation>
    </message>
    <message>
        <source>Decisions on the labelled test images</source>
        <translation>ラベル付きテスト画像での判定</translation>
    </message>
    <message>
        <source>Truth \ decision</source>
        <translation>正解 \ 判定</translation>
    </message>
    <message>
        <source>Flagged (NOK or REVIEW)</source>
        <translation>要確認 (NOK または REVIEW)</translation>
    </message>
    <message>
        <source>Passed (OK)</source>
        <translation>合格 (OK)</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>%1 of the flagged images are in REVIEW.</source>
        <translation>要確認の画像のうち %1 枚が REVIEW です。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation>見逃し率</translation>
    </message>
    <message>
        <source>False-alarm rate</source>
        <translation>誤検出率</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>画像 AUROC</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>ピクセル AUROC</translation>
    </message>
    <message>
        <source>AUPRO (FPR ≤ 0.3)</source>
        <translation>AUPRO (FPR ≤ 0.3)</translation>
    </message>
    <message>
        <source>Best image F1</source>
        <translation>最良の画像 F1</translation>
    </message>
    <message>
        <source>%1 at threshold %2</source>
        <translation>%1 (しきい値 %2)</translation>
    </message>
    <message>
        <source>Per defect type</source>
        <translation>欠陥の種類別</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>欠陥の種類</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>Image AUROC (against all good)</source>
        <translation>画像 AUROC (全良品に対して)</translation>
    </message>
    <message>
        <source>Curves and score distribution</source>
        <translation>曲線と異常スコアの分布</translation>
    </message>
    <message>
        <source>ROC: image (blue) and pixel (orange); dots mark the thresholds in force</source>
        <translation>ROC: 画像 (青) とピクセル (オレンジ)。点は適用中のしきい値を示します</translation>
    </message>
    <message>
        <source>Precision–recall of the image decision; F1-max marked</source>
        <translation>画像判定の適合率–再現率。F1-max の位置を表示</translation>
    </message>
    <message>
        <source>Per-region overlap up to a false-positive rate of 0.3</source>
        <translation>偽陽性率 0.3 までの領域ごとの重なり</translation>
    </message>
    <message>
        <source>Anomaly scores of good and defective images, with the thresholds</source>
        <translation>良品画像と不良画像の異常スコア (しきい値付き)</translation>
    </message>
    <message>
        <source>Findings (%1 images)</source>
        <translation>所見 (画像 %1 枚)</translation>
    </message>
    <message>
        <source>Findings, continued</source>
        <translation>所見 (続き)</translation>
    </message>
    <message>
        <source>No image falls under the findings chosen for this report.</source>
        <translation>このレポートで選択した所見に該当する画像はありません。</translation>
    </message>
    <message>
        <source>Left: the heatmap over the image, predicted regions outlined in yellow, ground truth in cyan. Right (with ground truth): true-positive pixels green, false positives blue, misses red.</source>
        <translation>左: 画像に重ねたヒートマップ。予測領域は黄、正解はシアンの輪郭で表示。右 (正解がある場合): 真陽性ピクセルは緑、偽陽性は青、見逃しは赤。</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>defective: %1</source>
        <translation>不良: %1</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>Score %1
Label: %2</source>
        <translation>異常スコア %1
ラベル: %2</translation>
    </message>
    <message>
        <source>
Pixel precision %1, recall %2, IoU %3</source>
        <translation>
ピクセル適合率 %1、再現率 %2、IoU %3</translation>
    </message>
    <message>
        <source>Image threshold chosen by</source>
        <translation>画像しきい値の決定方法</translation>
    </message>
    <message>
        <source>Pixel threshold chosen by</source>
        <translation>ピクセルしきい値の決定方法</translation>
    </message>
    <message>
        <source>These figures rest on %1 good and %2 defective images the model never trained on (%3 of the good ones held out of training).</source>
        <translation>これらの数値は、モデルが学習していない良品 %1 枚と不良 %2 枚の画像に基づきます (良品のうち %3 枚は学習から取り置き)。</translation>
    </message>
    <message numerus="yes">
        <source>%n test image(s) identical to training images were left out.</source>
        <translation>
            <numerusform>学習画像と同一のテスト画像 %n 枚を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model does not record its training images, so copies of them cannot be left out.</source>
        <translation>モデルに学習画像の記録がないため、その複製を除外できません。</translation>
    </message>
    <message>
        <source>Not reliable: fewer than %1 good or defective images.</source>
        <translation>信頼できません: 良品または不良画像が %1 枚未満です。</translation>
    </message>
    <message>
        <source>Images scored</source>
        <translation>採点した画像</translation>
    </message>
    <message>
        <source>Train split (not scored)</source>
        <translation>学習用分割（採点対象外）</translation>
    </message>
    <message>
        <source>fitted on %1 images in %2 s on %3, %4</source>
        <translation>%1 枚の画像で学習（%2 秒、%3、%4）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>異常スコアの分布</translation>
    </message>
    <message>
        <source>unnamed: %1</source>
        <translation>名前なし: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) were confirmed in a review and override the folder&apos;s (%1).</source>
        <translation>
            <numerusform>%n 件のラベルがレビューで確認され、フォルダーのラベルより優先されています (%1)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResNet</name>
    <message>
        <source>%1: cannot read the weight file (%2)</source>
        <translation>%1: 重みファイルを読み込めません (%2)</translation>
    </message>
    <message>
        <source>shape of %1 is %2 but the network needs %3</source>
        <translation>%1 の形状は %2 ですが、ネットワークには %3 が必要です</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>予期しない %1</translation>
    </message>
    <message>
        <source>%1: not a %2 weight file: %3</source>
        <translation>%1: %2 の重みファイルではありません: %3</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <source>%1: cannot create the export folder</source>
        <translation>%1: エクスポートフォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 書き込めません (%2)</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Nothing to review in this scope: choose another, or move the thresholds.</source>
        <translation>この範囲にはレビューする画像がありません: 別の範囲を選ぶか、しきい値を動かしてください。</translation>
    </message>
    <message>
        <source>Review finished: %1 confirmed good, %2 confirmed defective, %3 skipped.</source>
        <translation>レビュー完了: 良品 %1 枚、欠陥 %2 枚を確認、%3 枚をスキップ。</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1 (確認済み)</translation>
    </message>
    <message>
        <source>Review %1 of %2 — %3 — score %4 — label: %5</source>
        <translation>レビュー %1 / %2 — %3 — スコア %4 — ラベル: %5</translation>
    </message>
    <message numerus="yes">
        <source>Teach %n confirmed good image(s) as good</source>
        <translation>
            <numerusform>確認済みの良品 %n 枚をモデルに追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds them to a new version of the model, saved beside it, without training from scratch</source>
        <translation>一から学習し直さずに、同じ場所に保存するモデルの新しい版に追加します</translation>
    </message>
    <message>
        <source>This model&apos;s method cannot take further images: train it again</source>
        <translation>このモデルの手法には画像を追加できません: 学習し直してください</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>画像:</translation>
    </message>
    <message>
        <source>REVIEW band</source>
        <translation>REVIEW 帯</translation>
    </message>
    <message>
        <source>REVIEW and NOK</source>
        <translation>REVIEW と NOK</translation>
    </message>
    <message>
        <source>All scored images</source>
        <translation>スコア算出済みのすべての画像</translation>
    </message>
    <message>
        <source>Defect type:</source>
        <translation>欠陥の種類:</translation>
    </message>
    <message>
        <source>&amp;Good (G)</source>
        <translation>良品 (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Defective (D)</source>
        <translation>欠陥 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Skip (S)</source>
        <translation>スキップ (&amp;S)</translation>
    </message>
    <message>
        <source>Back (⌫)</source>
        <translation>戻る (⌫)</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>レビューを閉じる</translation>
    </message>
    <message>
        <source>Confirm the image as good</source>
        <translation>この画像を良品として確認</translation>
    </message>
    <message>
        <source>Confirm the image as defective, of the type beside</source>
        <translation>この画像を横の種類の欠陥として確認</translation>
    </message>
    <message>
        <source>Teach confirmed good images as good</source>
        <translation>確認済みの良品をモデルに追加</translation>
    </message>
</context>
<context>
    <name>RocPlot</name>
    <message>
        <source>False positive rate</source>
        <translation>偽陽性率</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>真陽性率</translation>
    </message>
    <message>
        <source>%1
Threshold %2
FPR %3
TPR %4</source>
        <translation>%1
しきい値 %2
FPR %3
TPR %4</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <source>Image AUROC %1</source>
        <translation>画像 AUROC %1</translation>
    </message>
    <message>
        <source>Pixel AUROC %1</source>
        <translation>ピクセル AUROC %1</translation>
    </message>
    <message>
        <source>No ROC curve: it needs scored good and defective test images.</source>
        <translation>ROC 曲線はありません。採点済みの良品と不良品のテスト画像が必要です。</translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Anomaly score</source>
        <translation>異常スコア</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>Good (%1)</source>
        <translation>良品 (%1)</translation>
    </message>
    <message>
        <source>Defective (%1)</source>
        <translation>不良 (%1)</translation>
    </message>
    <message>
        <source>Unlabelled (%1)</source>
        <translation>ラベルなし (%1)</translation>
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
        <translation>スコア算出</translation>
    </message>
    <message>
        <source>--threshold</source>
        <translation>--threshold</translation>
    </message>
    <message>
        <source>%1: none of the %2 images could be loaded (%3)</source>
        <translation>%1: %2 枚の画像をどれも読み込めませんでした (%3)</translation>
    </message>
</context>
<context>
    <name>SemiOrthogonal</name>
    <message>
        <source>at least two training images are needed</source>
        <translation>学習画像が2枚以上必要です</translation>
    </message>
    <message>
        <source>Semi-orthogonal embedding</source>
        <translation>半直交埋め込み</translation>
    </message>
    <message>
        <source>Per-location Gaussians of multi-scale features through a random semi-orthogonal projection; Mahalanobis distance (Kim et al.).</source>
        <translation>ランダムな半直交射影を通したマルチスケール特徴の位置ごとのガウス分布。マハラノビス距離 (Kim et al.)。</translation>
    </message>
    <message>
        <source>backbone stages to concatenate, 0-based (default: 0,1,2)</source>
        <translation>連結するバックボーンのステージ (0始まり、既定: 0,1,2)</translation>
    </message>
    <message>
        <source>embedding size (0 = 100 for ResNet-18 and TorchScript, 300 for WRN-50-2)</source>
        <translation>埋め込みサイズ (0 = ResNet-18 と TorchScript では 100、WRN-50-2 では 300)</translation>
    </message>
    <message>
        <source>ε added to each covariance&apos;s diagonal</source>
        <translation>各共分散行列の対角に加える ε</translation>
    </message>
    <message>
        <source>semi_orthogonal (the paper), sampled (PaDiM&apos;s random channels), gaussian (not orthogonalised), full (no reduction)</source>
        <translation>semi_orthogonal (論文の手法)、sampled (PaDiM のランダムチャネル)、gaussian (直交化なし)、full (次元削減なし)</translation>
    </message>
    <message>
        <source>Gaussian smoothing of the anomaly map, in pixels</source>
        <translation>異常マップのガウス平滑化 (ピクセル単位)</translation>
    </message>
    <message>
        <source>seed of the random embedding (-1 = the run&apos;s --seed)</source>
        <translation>ランダム埋め込みのシード (-1 = 実行時の --seed)</translation>
    </message>
    <message>
        <source>k=%1 is larger than the %2 feature channels</source>
        <translation>k=%1 が特徴チャネル数 %2 を超えています</translation>
    </message>
    <message>
        <source>Fitting Gaussians</source>
        <translation>ガウス分布を推定中</translation>
    </message>
    <message>
        <source>%1: the backbone&apos;s weights differ from those the model was trained with</source>
        <translation>%1: バックボーンの重みがモデル学習時のものと異なります</translation>
    </message>
    <message>
        <source>the model holds statistics for %1 locations of %2 features but the image gives %3 of %4 (a damaged model, or one trained with another backbone)</source>
        <translation>モデルは %2 個の特徴を持つ %1 か所の統計を持ちますが、画像からは %4 個の特徴を持つ %3 か所が得られます (破損したモデルか、別のバックボーンで学習したモデル)</translation>
    </message>
    <message>
        <source>the model was saved before models kept what an update needs; train it again</source>
        <translation>このモデルは更新に必要な情報を保持する前の版で保存されています。学習し直してください</translation>
    </message>
    <message>
        <source>%1: the sums kept for updates do not match the model (damaged model)</source>
        <translation>%1: 更新用に保存された合計がモデルと一致しません（モデルが破損しています）</translation>
    </message>
</context>
<context>
    <name>StagedFolder</name>
    <message>
        <source>%1: the output folder must lie outside the input folder %2 (exports there would be read as images, or replace them)</source>
        <translation>%1: 出力フォルダーは入力フォルダー %2 の外に置いてください (中に置くとエクスポートが画像として読み込まれるか、画像を置き換えます)</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: 既に存在し、フォルダーではありません</translation>
    </message>
    <message>
        <source>%1: the folder holds &quot;%2&quot;, which an export did not write; choose an empty or new folder so nothing of yours is replaced</source>
        <translation>%1: フォルダーにエクスポート以外のもの「%2」があります。ユーザーのファイルを置き換えないよう、空のフォルダーか新しいフォルダーを選んでください</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1: 出力フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot replace the previous output</source>
        <translation>%1: 以前の出力を置き換えられません</translation>
    </message>
    <message>
        <source>%1: cannot move the new output into place</source>
        <translation>%1: 新しい出力を所定の場所に移動できません</translation>
    </message>
</context>
<context>
    <name>TestSelection</name>
    <message>
        <source>Checking for training images</source>
        <translation>学習画像を確認中</translation>
    </message>
</context>
<context>
    <name>ThresholdPanel</name>
    <message>
        <source>Two thresholds: OK / REVIEW / NOK</source>
        <translation>2つのしきい値: OK / REVIEW / NOK</translation>
    </message>
    <message>
        <source>NOK at or above</source>
        <translation>この値以上は NOK</translation>
    </message>
    <message>
        <source>OK below</source>
        <translation>この値未満は OK</translation>
    </message>
    <message>
        <source>Defect pixels at or above</source>
        <translation>この値以上は欠陥ピクセル</translation>
    </message>
    <message>
        <source>Images between the two thresholds get the verdict REVIEW and go to a person</source>
        <translation>2つのしきい値の間にある画像は判定が REVIEW となり、人が確認します</translation>
    </message>
    <message>
        <source>Image threshold</source>
        <translation>画像しきい値</translation>
    </message>
    <message>
        <source>Max F1</source>
        <translation>最大 F1</translation>
    </message>
    <message>
        <source>The threshold with the best F1 on the labelled test images</source>
        <translation>ラベル付きテスト画像で F1 が最大となるしきい値</translation>
    </message>
    <message>
        <source>Zero misses</source>
        <translation>見逃しゼロ</translation>
    </message>
    <message>
        <source>The highest threshold that still flags every defective test image (sets &apos;OK below&apos; in two-threshold mode)</source>
        <translation>すべての不良テスト画像を検出できる最大のしきい値 (2しきい値モードでは「この値未満は OK」を設定)</translation>
    </message>
    <message>
        <source>FPR ≤</source>
        <translation>FPR ≤</translation>
    </message>
    <message>
        <source>The lowest threshold whose false-alarm rate on the good test images is at most this value</source>
        <translation>良品テスト画像での誤検出率がこの値以下となる最小のしきい値</translation>
    </message>
    <message>
        <source>Pixel threshold</source>
        <translation>ピクセルしきい値</translation>
    </message>
    <message>
        <source>The pixel threshold with the best pixel F1 over all masks</source>
        <translation>全マスクでピクセル F1 が最大となるピクセルしきい値</translation>
    </message>
    <message>
        <source>The highest pixel threshold that flags every defect pixel</source>
        <translation>すべての欠陥ピクセルを検出できる最大のピクセルしきい値</translation>
    </message>
    <message>
        <source>The lowest pixel threshold whose share of flagged defect-free pixels is at most this value</source>
        <translation>欠陥のないピクセルが検出される割合がこの値以下となる最小のピクセルしきい値</translation>
    </message>
    <message>
        <source>Decisions on the labelled test images</source>
        <translation>ラベル付きテスト画像での判定</translation>
    </message>
    <message>
        <source>Defects flagged (TP)</source>
        <translation>検出された欠陥 (TP)</translation>
    </message>
    <message>
        <source>Defects missed (FN)</source>
        <translation>見逃した欠陥 (FN)</translation>
    </message>
    <message>
        <source>False alarms (FP)</source>
        <translation>誤検出 (FP)</translation>
    </message>
    <message>
        <source>Good passed (TN)</source>
        <translation>合格した良品 (TN)</translation>
    </message>
    <message>
        <source>In REVIEW</source>
        <translation>REVIEW 対象</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation>見逃し率</translation>
    </message>
    <message>
        <source>False-alarm rate</source>
        <translation>誤検出率</translation>
    </message>
    <message>
        <source>All scored: OK</source>
        <translation>スコア算出済みの全画像: OK</translation>
    </message>
    <message>
        <source>All scored: REVIEW</source>
        <translation>スコア算出済みの全画像: REVIEW</translation>
    </message>
    <message>
        <source>All scored: NOK</source>
        <translation>スコア算出済みの全画像: NOK</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>max F1</source>
        <translation>最大 F1</translation>
    </message>
    <message>
        <source>zero misses</source>
        <translation>見逃しゼロ</translation>
    </message>
    <message>
        <source>false-alarm rate ≤ %1</source>
        <translation>誤検出率 ≤ %1</translation>
    </message>
    <message>
        <source>Pixel snapping needs test images with defect masks.</source>
        <translation>ピクセルしきい値の自動設定には、欠陥マスク付きのテスト画像が必要です。</translation>
    </message>
    <message>
        <source>Best pixel F1 %1 at %2</source>
        <translation>最良のピクセル F1 %1 (しきい値 %2)</translation>
    </message>
    <message>
        <source>Chosen by: %1</source>
        <translation>決定方法: %1</translation>
    </message>
    <message>
        <source>No labelled images in this set: no metrics.</source>
        <translation>このセットにはラベル付き画像がないため、指標はありません。</translation>
    </message>
    <message>
        <source>Unseen images: %1 good (%2 held out of training), %3 defective.</source>
        <translation>未学習の画像: 良品 %1 (うち取り置き %2)、不良 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n training image(s) left out.</source>
        <translation>
            <numerusform>学習画像 %n 枚を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model does not record its training images.</source>
        <translation>モデルに学習画像の記録がありません。</translation>
    </message>
    <message>
        <source>Not reliable: fewer than %1 good or defective images.</source>
        <translation>信頼できません: 良品または不良画像が %1 枚未満です。</translation>
    </message>
</context>
<context>
    <name>ThresholdPolicy</name>
    <message>
        <source>stored in the model</source>
        <translation>モデルに保存済み</translation>
    </message>
    <message>
        <source>stored in the model (%1)</source>
        <translation>モデルに保存済み (%1)</translation>
    </message>
    <message>
        <source>set by the user</source>
        <translation>ユーザー指定</translation>
    </message>
    <message>
        <source>set by the user (%1)</source>
        <translation>ユーザー指定 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>max F1 on %n labelled image(s)</source>
        <translation>
            <numerusform>ラベル付き画像 %n 枚での最大 F1</numerusform>
        </translation>
    </message>
    <message>
        <source>none: no labels, no stored or held-out threshold (verdicts unknown)</source>
        <translation>なし: ラベルも、保存済み・取り置き由来のしきい値もありません (判定不明)</translation>
    </message>
    <message>
        <source>max pixel F1 over the defect masks</source>
        <translation>欠陥マスクでの最大ピクセル F1</translation>
    </message>
    <message>
        <source>the image threshold (no masks, no stored or held-out pixel threshold)</source>
        <translation>画像しきい値 (マスクも、保存済み・取り置き由来のピクセルしきい値もなし)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>from %n held-out good image(s)</source>
        <translation>
            <numerusform>取り置いた良品画像 %n 枚から</numerusform>
        </translation>
    </message>
    <message>
        <source>from the held-out good images&apos; map values</source>
        <translation>取り置いた良品画像のマップ値から</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <source>unlabelled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>%1 ✓ confirmed</source>
        <translation>%1 ✓ 確認済み</translation>
    </message>
</context>
<context>
    <name>Tiling</name>
    <message>
        <source>tile &quot;%1&quot; is not valid: give width×height (e.g. 256x256) or one side (e.g. 256), each between %2 and %3 pixels</source>
        <translation>タイル「%1」は無効です。幅×高さ（例 256x256）または一辺（例 256）を、それぞれ %2〜%3 ピクセルで指定してください</translation>
    </message>
    <message>
        <source>tile overlap %1 is out of range: give a fraction of a tile from 0 to %2</source>
        <translation>タイルの重なり %1 は範囲外です。タイルに対する割合を 0〜%2 で指定してください</translation>
    </message>
    <message>
        <source>tile scale %1 is out of range: give a factor from %2 to 1 (1: native resolution)</source>
        <translation>タイルの倍率 %1 は範囲外です。%2〜1 の倍率を指定してください（1: 元の解像度）</translation>
    </message>
    <message>
        <source>%1 pixels are fewer than a tile&apos;s %2</source>
        <translation>%1 ピクセルはタイルの %2 より少ない</translation>
    </message>
    <message>
        <source>the image (%1×%2 pixels as tiled) is smaller than a %3×%4 tile</source>
        <translation>画像（タイル分割時 %1×%2 ピクセル）は %3×%4 のタイルより小さい</translation>
    </message>
    <message>
        <source>a tiled model takes no inspection region: its images keep their own sizes</source>
        <translation>タイル分割モデルには検査領域を設定できません。画像はそれぞれ本来のサイズのままです</translation>
    </message>
</context>
<context>
    <name>TorchScriptExtractor</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1: ファイルが見つかりません</translation>
    </message>
    <message>
        <source>%1: not a TorchScript module (%2)</source>
        <translation>%1: TorchScript モジュールではありません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot move the module to %2 (%3)</source>
        <translation>%1: モジュールを %2 に移動できません (%3)</translation>
    </message>
    <message>
        <source>%1: the module&apos;s forward returned an empty list; it must return a list of feature maps</source>
        <translation>%1: モジュールの forward が空のリストを返しました。特徴マップのリストを返す必要があります</translation>
    </message>
    <message>
        <source>%1: the module&apos;s forward failed on a %2 input (%3)</source>
        <translation>%1: モジュールの forward が %2 の入力で失敗しました (%3)</translation>
    </message>
    <message>
        <source>the module&apos;s forward must return a list of feature maps ([N,C,H,W] tensors)</source>
        <translation>モジュールの forward は特徴マップ ([N,C,H,W] テンソル) のリストを返す必要があります</translation>
    </message>
    <message>
        <source>%1: %2, but an element is a %3</source>
        <translation>%1: %2 (要素の1つが %3 です)</translation>
    </message>
    <message>
        <source>%1: %2, but it returns a single tensor %3 (a classifier?)</source>
        <translation>%1: %2 (単一のテンソル %3 が返されました。分類器ではありませんか?)</translation>
    </message>
    <message>
        <source>%1: %2, but it returns a %3</source>
        <translation>%1: %2 (%3 が返されました)</translation>
    </message>
    <message>
        <source>%1: %2, but one map is %3 for a %4 input</source>
        <translation>%1: %2 (入力 %4 に対してマップの1つが %3 です)</translation>
    </message>
    <message>
        <source>%1: the module returned %2 feature maps, but %3 at load time</source>
        <translation>%1: モジュールが %2 個の特徴マップを返しましたが、読み込み時は %3 個でした</translation>
    </message>
</context>
<context>
    <name>TorchWeightFile</name>
    <message>
        <source>pickle opcode 0x%1</source>
        <translation>pickle オペコード 0x%1</translation>
    </message>
    <message>
        <source>%1: the weight file is damaged (%2)</source>
        <translation>%1: 重みファイルが破損しています (%2)</translation>
    </message>
    <message>
        <source>%1: unsupported content in the weight file (%2)</source>
        <translation>%1: 重みファイルにサポートされていない内容があります (%2)</translation>
    </message>
    <message>
        <source>an integer wider than 64 bits</source>
        <translation>64 ビットを超える整数</translation>
    </message>
    <message>
        <source>Python object %1; a state dict saved with torch.save(model.state_dict(), path) is needed</source>
        <translation>Python オブジェクト %1。torch.save(model.state_dict(), path) で保存した state dict が必要です</translation>
    </message>
    <message>
        <source>call of %1</source>
        <translation>%1 の呼び出し</translation>
    </message>
    <message>
        <source>a persistent id other than a tensor storage</source>
        <translation>テンソルストレージ以外の persistent id</translation>
    </message>
    <message>
        <source>not a dict of tensors</source>
        <translation>テンソルの dict ではありません</translation>
    </message>
    <message>
        <source>a key that is not a string</source>
        <translation>文字列でないキー</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is not a tensor</source>
        <translation>エントリ「%1」はテンソルではありません</translation>
    </message>
    <message>
        <source>%1: cannot open the weight file (%2)</source>
        <translation>%1: 重みファイルを開けません (%2)</translation>
    </message>
    <message>
        <source>%1: the weight file is in PyTorch&apos;s legacy format; load it in Python and save it again with torch.save (PyTorch 1.6 or newer)</source>
        <translation>%1: 重みファイルが PyTorch の旧形式です。Python で読み込み、torch.save (PyTorch 1.6 以降) で保存し直してください</translation>
    </message>
    <message>
        <source>%1: not a PyTorch weight file (not a zip archive)</source>
        <translation>%1: PyTorch の重みファイルではありません (zip アーカイブではありません)</translation>
    </message>
    <message>
        <source>%1: not a PyTorch weight file (no data.pkl)</source>
        <translation>%1: PyTorch の重みファイルではありません (data.pkl がありません)</translation>
    </message>
    <message>
        <source>%1: the weight file is truncated or damaged (%2)</source>
        <translation>%1: 重みファイルが途中で切れているか破損しています (%2)</translation>
    </message>
    <message>
        <source>%1: the weight file&apos;s data.pkl is %2 MB; at most %3 MB are read</source>
        <translation>%1: 重みファイルの data.pkl は %2 MB です。読み込めるのは最大 %3 MB です</translation>
    </message>
    <message>
        <source>more than %1 pickled objects</source>
        <translation>pickle オブジェクトが %1 個を超えています</translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>モデルの学習</translation>
    </message>
    <message>
        <source>Method default</source>
        <translation>手法の既定値</translation>
    </message>
    <message>
        <source>TorchScript file…</source>
        <translation>TorchScript ファイル…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>the published ImageNet weights from the cache</source>
        <translation>キャッシュにある公開済みの ImageNet 重み</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Download weights</source>
        <translation>重みをダウンロード</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>TorchScript module</source>
        <translation>TorchScript モジュール</translation>
    </message>
    <message>
        <source>Weight file</source>
        <translation>重みファイル</translation>
    </message>
    <message>
        <source>Pretrained backbone</source>
        <translation>事前学習済みバックボーン</translation>
    </message>
    <message>
        <source>method default, e.g. 256 or 256x640</source>
        <translation>手法の既定値 (例: 256、256x640)</translation>
    </message>
    <message>
        <source>Images are resized to this size (one number: the shorter side, keeping the aspect ratio)</source>
        <translation>画像をこのサイズにリサイズします (数値1つの場合は短辺の長さ。縦横比を維持)</translation>
    </message>
    <message>
        <source>none, e.g. 224 or 224x600</source>
        <translation>なし (例: 224、224x600)</translation>
    </message>
    <message>
        <source>Centre crop after resizing; the model sees and scores only this region</source>
        <translation>リサイズ後の中央切り抜き。モデルはこの領域のみを見てスコアを算出します</translation>
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
        <translation>手法</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>Centre crop</source>
        <translation>中央切り抜き</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>推定時間</translation>
    </message>
    <message>
        <source>Method settings (hover for a description)</source>
        <translation>手法の設定 (マウスを重ねると説明を表示)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>TorchScript backbone</source>
        <translation>TorchScript バックボーン</translation>
    </message>
    <message>
        <source>TorchScript modules (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript モジュール (*.pt *.pth *.ts);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Backbone weight file</source>
        <translation>バックボーンの重みファイル</translation>
    </message>
    <message>
        <source>PyTorch weight files (*.pth *.pt);;All files (*)</source>
        <translation>PyTorch 重みファイル (*.pth *.pt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>DefectScope models (*.dsm)</source>
        <translation>DefectScope モデル (*.dsm)</translation>
    </message>
    <message>
        <source>about %1 s (the last %2 model: %3 s for %4 images)</source>
        <translation>約 %1 s (前回の %2 モデル: 画像 %4 枚で %3 s)</translation>
    </message>
    <message>
        <source>; that model used another image size</source>
        <translation>。そのモデルは別の画像サイズを使用していました</translation>
    </message>
    <message>
        <source>shown after a first %1 model of this project (%2 training images)</source>
        <translation>このプロジェクトで最初の %1 モデルを学習した後に表示されます (学習画像 %2 枚)</translation>
    </message>
    <message>
        <source>Using %1 from the weight cache.</source>
        <translation>重みキャッシュの %1 を使用します。</translation>
    </message>
    <message>
        <source>%1 is not in the weight cache (%2): download it or choose the file.</source>
        <translation>%1 が重みキャッシュ (%2) にありません。ダウンロードするか、ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>計測</translation>
    </message>
    <message>
        <source>Preview training samples…</source>
        <translation>学習サンプルのプレビュー…</translation>
    </message>
    <message>
        <source>Continue the interrupted training run saved next to this model file</source>
        <translation>このモデルファイルと同じ場所に保存された、中断した学習を再開する</translation>
    </message>
    <message>
        <source>Time a few training steps with the current settings</source>
        <translation>現在の設定で数ステップの学習時間を計測します</translation>
    </message>
    <message>
        <source>measuring a few training steps…</source>
        <translation>数ステップの学習時間を計測中…</translation>
    </message>
    <message>
        <source>cannot estimate: %1</source>
        <translation>推定できません: %1</translation>
    </message>
    <message>
        <source>; %1 networks, one after the other</source>
        <translation>。%1 個のネットワークを順番に学習します</translation>
    </message>
    <message>
        <source>about %1 s per epoch; %2 epochs ≈ %3 min</source>
        <translation>1 エポックあたり約 %1 秒; %2 エポック ≈ %3 分</translation>
    </message>
    <message>
        <source>Measured on this computer with the current settings; early stopping may end training sooner.</source>
        <translation>このコンピューターで現在の設定により測定しました。早期終了により学習が早く終わることがあります。</translation>
    </message>
    <message>
        <source>Measured on this computer with the current settings.</source>
        <translation>このコンピューターで現在の設定により計測しました。</translation>
    </message>
    <message>
        <source>Fraction of the good images kept out of training and scored as unseen test images, when the dataset has no test good images of its own; their scores give the model&apos;s default threshold</source>
        <translation>データセットに良品テスト画像がない場合に、学習から除外して未学習のテスト画像としてスコアを算出する良品画像の割合。そのスコアからモデルの既定しきい値を決めます</translation>
    </message>
    <message>
        <source>Held-out good images</source>
        <translation>取り置く良品画像</translation>
    </message>
    <message>
        <source>The dataset has test good images of its own: nothing is held out.</source>
        <translation>データセットに良品テスト画像があるため、取り置きは行いません。</translation>
    </message>
    <message>
        <source>%1 of %2 good images held out: the metrics rest on them and the model&apos;s default threshold comes from their scores.</source>
        <translation>良品画像 %2 枚のうち %1 枚を取り置きます。指標はこれらに基づき、モデルの既定しきい値はそのスコアから決まります。</translation>
    </message>
    <message>
        <source>Nothing held out: the metrics will have no unseen good images and the model no default threshold.</source>
        <translation>取り置きなし: 指標に未学習の良品画像がなく、モデルに既定しきい値もありません。</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>約 %1 s</translation>
    </message>
    <message>
        <source>Measured on this computer with the current settings, image size and number of training images.</source>
        <translation>このコンピューターで、現在の設定・画像サイズ・学習画像数により計測しました。</translation>
    </message>
    <message>
        <source>What training holds at its peak, computed from the image size, the number of training images and the settings, against the memory and temporary disk space this computer has free now.</source>
        <translation>画像サイズ・学習画像数・設定から計算した学習時のピーク使用量と、このコンピューターで現在空いているメモリおよび一時ディスク容量との比較。</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>ピークメモリ</translation>
    </message>
    <message>
        <source>about %1 GB of the %2 GB available</source>
        <translation>使用可能な %2 GB のうち約 %1 GB</translation>
    </message>
    <message>
        <source>; temporary files about %1 GB of %2 GB free in %3</source>
        <translation>; 一時ファイル約 %1 GB (%3 の空き %2 GB)</translation>
    </message>
    <message>
        <source>%1 — training would be refused: %2</source>
        <translation>%1 — 学習は拒否されます: %2</translation>
    </message>
    <message>
        <source>none, e.g. 256 or 256x256</source>
        <translation>なし（例 256 または 256x256）</translation>
    </message>
    <message>
        <source>Cut each image into tiles of this size at its own resolution instead of resizing it, so that small defects on large images keep their pixels; the maps are stitched back at each image&apos;s size</source>
        <translation>各画像を縮小せず元の解像度でこのサイズのタイルに分割し、大きな画像上の小さな欠陥の画素を保ちます。マップは各画像のサイズでつなぎ合わされます</translation>
    </message>
    <message>
        <source>The fraction of a tile that neighbouring tiles share at least; their maps are blended where they overlap</source>
        <translation>隣接タイルが少なくとも共有するタイルの割合。重なる部分ではマップが混合されます</translation>
    </message>
    <message>
        <source>Images are scaled by this factor before they are tiled; 1 keeps their native resolution</source>
        <translation>タイル分割の前に画像をこの倍率で拡大縮小します。1 は元の解像度のまま</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>重なり</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>タイル</translation>
    </message>
</context>
<context>
    <name>TrainJob</name>
    <message>
        <source>%1: no defect-free training images</source>
        <translation>%1: 欠陥のない学習画像がありません</translation>
    </message>
    <message>
        <source>--holdout must be between 0 and %1, not %2</source>
        <translation>--holdout には 0～%1 の値を指定してください (%2 は無効です)</translation>
    </message>
    <message>
        <source>Recording the training images</source>
        <translation>学習画像を記録中</translation>
    </message>
    <message>
        <source>Scoring the held-out good images</source>
        <translation>取り置いた良品画像のスコアを算出中</translation>
    </message>
    <message>
        <source>%1: exists and is not a DefectScope model; it is left untouched (choose another --out)</source>
        <translation>%1: 既に存在し、DefectScope のモデルではありません。ファイルは変更しません (別の --out を指定してください)</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>cannot resume: there is no checkpoint at %1</source>
        <translation>再開できません: %1 にチェックポイントがありません</translation>
    </message>
    <message>
        <source>cannot resume from %1: it was made with other settings, input size or training images; train without resuming to start over</source>
        <translation>%1 から再開できません: 異なる設定、入力サイズ、または学習用画像で作成されたチェックポイントです。最初からやり直すには、再開せずに学習してください</translation>
    </message>
    <message>
        <source>about %1 s per epoch of %2 iterations; about %3 min left for this network</source>
        <translation>1 エポック (%2 イテレーション) あたり約 %1 秒; このネットワークの残り約 %3 分</translation>
    </message>
</context>
<context>
    <name>TrainingMonitor</name>
    <message>
        <source>No job running</source>
        <translation>実行中のジョブはありません</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>対数スケール</translation>
    </message>
    <message>
        <source>Stop the job; a model keeps its last checkpoint where the method has one</source>
        <translation>ジョブを停止します。チェックポイントのある手法では、モデルは最後のチェックポイントを保持します</translation>
    </message>
    <message>
        <source>Messages of the running job</source>
        <translation>実行中のジョブのメッセージ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>経過時間 %1</translation>
    </message>
    <message>
        <source> · %1/s · %2 left in this stage</source>
        <translation> · %1/s · このステージの残り %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1 %2 after %3</source>
        <translation>%1 %2 (経過 %3)</translation>
    </message>
    <message>
        <source>Curves of: %1</source>
        <translation>曲線: %1</translation>
    </message>
</context>
<context>
    <name>TrainingResources</name>
    <message>
        <source>estimated %1 s in one pass over the training images</source>
        <translation>推定 %1 秒 (学習画像を 1 回走査)</translation>
    </message>
    <message>
        <source>estimated %1 s per epoch; %2 epochs × %3 network(s) ≈ %4 min%5</source>
        <translation>推定 1 エポックあたり %1 秒; %2 エポック × %3 ネットワーク ≈ %4 分%5</translation>
    </message>
    <message>
        <source> (before early stopping)</source>
        <translation> (早期終了前)</translation>
    </message>
    <message>
        <source>peak memory about %1 GB of %2 GB available</source>
        <translation>ピークメモリ約 %1 GB (使用可能 %2 GB)</translation>
    </message>
    <message>
        <source>; temporary files about %1 GB of %2 GB free in %3</source>
        <translation>; 一時ファイル約 %1 GB (%3 の空き %2 GB)</translation>
    </message>
    <message>
        <source>training needs about %1 GB of memory at its peak and %2 GB are available: train on fewer images or at a smaller image size</source>
        <translation>学習にはピーク時に約 %1 GB のメモリが必要ですが、使用可能なのは %2 GB です: 画像数を減らすか画像サイズを小さくしてください</translation>
    </message>
    <message>
        <source>training needs about %1 GB of temporary disk space in %2 and %3 GB are free there: free some space or set TMPDIR to a larger disk</source>
        <translation>学習には %2 に約 %1 GB の一時ディスク容量が必要ですが、空きは %3 GB です: 空き容量を増やすか TMPDIR をより大きなディスクに設定してください</translation>
    </message>
</context>
<context>
    <name>UpdateJob</name>
    <message>
        <source>Checking the images to add</source>
        <translation>追加する画像の確認</translation>
    </message>
    <message>
        <source>skipped: the model has this image among its training images already</source>
        <translation>スキップ: この画像はすでにモデルの学習画像です</translation>
    </message>
    <message>
        <source>the model has trained on every one of these images already</source>
        <translation>これらの画像はすべて学習済みです</translation>
    </message>
    <message>
        <source>%1: no good images to add</source>
        <translation>%1: 追加する良品画像がありません</translation>
    </message>
    <message>
        <source>nothing to update: give images to add (--add) or an inspection region (--roi)</source>
        <translation>更新する内容がありません: 追加する画像 (--add) または検査領域 (--roi) を指定してください</translation>
    </message>
    <message>
        <source>%1: exists and is not a DefectScope model; it is left untouched (choose another --out)</source>
        <translation>%1: 既に存在し、DefectScope のモデルではありません。変更しません (別の --out を指定してください)</translation>
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
        <translation>スコア未算出</translation>
    </message>
</context>
<context>
    <name>WeightStore</name>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>%1 に書き込めません (%2)</translation>
    </message>
    <message>
        <source>no data received for %1 s</source>
        <translation>%1 s の間データを受信していません</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>サーバーが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイトで接続が切断されました</translation>
    </message>
    <message>
        <source>no weight file is known for the backbone &quot;%1&quot; (known: %2)</source>
        <translation>バックボーン「%1」に対応する重みファイルが不明です (既知: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid download address</source>
        <translation>「%1」は有効なダウンロードアドレスではありません</translation>
    </message>
    <message>
        <source>download of %1 failed (%2) — place the file %1 in %3 or choose a weight file with --weights</source>
        <translation>%1 のダウンロードに失敗しました (%2) — ファイル %1 を %3 に置くか、--weights で重みファイルを指定してください</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>the server sent a partial answer to a full request</source>
        <translation>サーバーが完全な要求に対して部分的な応答を返しました</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s checksum (SHA-256 %1…) does not match the expected %2… of %3 (corrupted download) — try again, or place the file %3 in %4 or choose a weight file with --weights</source>
        <translation>ダウンロードしたファイルのチェックサム (SHA-256 %1…) が %3 の期待値 %2… と一致しません (ダウンロードの破損) — 再試行するか、ファイル %3 を %4 に置くか、--weights で重みファイルを指定してください</translation>
    </message>
    <message>
        <source>cannot move the downloaded file to %1 (%2)</source>
        <translation>ダウンロードしたファイルを %1 に移動できません (%2)</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: the weight file is truncated or damaged (%2)</source>
        <translation>%1: 重みファイルが途中で切れているか破損しています (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the weight file (%2)</source>
        <translation>%1: 重みファイルを開けません (%2)</translation>
    </message>
</context>
</TS>
