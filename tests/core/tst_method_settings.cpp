#include <QtTest>

#include "core/error.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_settings.h"
#include "tests/support/test_support.h"

namespace {

ds::MethodSettings sample() {
  return ds::MethodSettings({{QStringLiteral("ratio"), 0.1, QStringLiteral("a ratio"), {}},
                             {QStringLiteral("steps"), 3, QStringLiteral("a count"), {}},
                             {QStringLiteral("reweight"), true, QStringLiteral("a switch"), {}},
                             {QStringLiteral("search"), QStringLiteral("exact"), QStringLiteral("a choice"),
                              {QStringLiteral("exact"), QStringLiteral("ivf")}}});
}

}  // namespace

class TestMethodSettings : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void defaultsAndAssignments() {
    ds::MethodSettings s = sample();
    QCOMPARE(s.real(QStringLiteral("ratio")), 0.1);
    s.assign({QStringLiteral("ratio=0.01"), QStringLiteral("steps = 7"), QStringLiteral("reweight=false"),
              QStringLiteral("search=ivf")});
    QCOMPARE(s.real(QStringLiteral("ratio")), 0.01);
    QCOMPARE(s.integer(QStringLiteral("steps")), 7);
    QCOMPARE(s.boolean(QStringLiteral("reweight")), false);
    QCOMPARE(s.text(QStringLiteral("search")), QStringLiteral("ivf"));
  }

  void rejectsWhatIsNotListed() {
    ds::MethodSettings s = sample();
    try {
      s.set(QStringLiteral("ratoi"), QStringLiteral("1"));
      QFAIL("unknown key accepted");
    } catch (const ds::Error& e) {
      QVERIFY(e.message().contains(QLatin1String("ratoi")));
      QVERIFY(e.message().contains(QLatin1String("ratio, steps, reweight, search")));
    }
    QVERIFY_THROWS_EXCEPTION(ds::Error, s.set(QStringLiteral("steps"), QStringLiteral("2.5")));
    QVERIFY_THROWS_EXCEPTION(ds::Error, s.set(QStringLiteral("ratio"), QStringLiteral("abc")));
    QVERIFY_THROWS_EXCEPTION(ds::Error, s.set(QStringLiteral("reweight"), QStringLiteral("maybe")));
    QVERIFY_THROWS_EXCEPTION(ds::Error, s.set(QStringLiteral("search"), QStringLiteral("hnsw")));
    QVERIFY_THROWS_EXCEPTION(ds::Error, s.assign({QStringLiteral("novalue")}));
  }

  // Ranges are declared once in the setting table and enforced wherever a value is set: --set, the
  // Train dialog's request, a model file's header. NaN and infinities are no number of any setting.
  void declaredRangesAreEnforced() {
    for (const ds::MethodInfo& info : ds::availableMethods())
      for (const ds::SettingSpec& spec : info.settings) {
        const int type = spec.defaultValue.typeId();
        if (type != QMetaType::Int && type != QMetaType::Double) continue;
        ds::MethodSettings s = ds::defaultSettings(info.id);
        // Every default lies in its own range (or is the special 0).
        s.set(spec.key, spec.defaultValue.toString());
        if (type == QMetaType::Double)
          for (const char* bad : {"nan", "inf", "-inf"})
            QVERIFY2(dstest::errorOf([&] { s.set(spec.key, QLatin1String(bad)); }), qPrintable(info.id + QLatin1Char(' ') + spec.key));
        if (spec.maximum < 1e300) {
          const QString above = type == QMetaType::Int ? QString::number(static_cast<qint64>(spec.maximum) + 1) : QString::number(spec.maximum * 2 + 1);
          const auto error = dstest::errorOf([&] { s.set(spec.key, above); });
          QVERIFY2(error && error->contains(spec.key), qPrintable(info.id + QLatin1Char(' ') + spec.key + QLatin1Char('=') + above));
        }
      }
    ds::MethodSettings mean = ds::defaultSettings(QStringLiteral("mean-diff"));
    const auto epsilon = dstest::errorOf([&] { mean.set(QStringLiteral("epsilon"), QStringLiteral("0")); });
    QVERIFY(epsilon && epsilon->contains(QLatin1String("epsilon")));
    QVERIFY(dstest::errorOf([&] { mean.set(QStringLiteral("blur_sigma"), QStringLiteral("-1")); }));
    ds::MethodSettings pc = ds::defaultSettings(QStringLiteral("patchcore"));
    for (const char* bad : {"num_neighbors=0", "start_points=0", "projection_dim=-1", "coreset_ratio=0", "coreset_ratio=1.5"})
      QVERIFY2(dstest::errorOf([&] { pc.assign({QLatin1String(bad)}); }), bad);
    pc.set(QStringLiteral("search"), QStringLiteral("flat"));  // offered by `methods`, so accepted
    // 0 stays allowed where it means "the preset's".
    ds::MethodSettings ae = ds::defaultSettings(QStringLiteral("inpaint_ae"));
    ae.set(QStringLiteral("epochs"), QStringLiteral("0"));
    QVERIFY(dstest::errorOf([&] { ae.set(QStringLiteral("width"), QStringLiteral("0.01")); }));
  }

  void jsonRoundTrip() {
    ds::MethodSettings s = sample();
    s.assign({QStringLiteral("ratio=0.25"), QStringLiteral("steps=9"), QStringLiteral("reweight=false")});
    ds::MethodSettings t = sample();
    t.fromJson(s.toJson());
    QCOMPARE(t.toJson(), s.toJson());
    QCOMPARE(t.integer(QStringLiteral("steps")), 9);
  }

  void registryListsTheBaseline() {
    const ds::MethodInfo info = ds::methodInfo(QStringLiteral("mean-diff"));
    QCOMPARE(info.id, QStringLiteral("mean-diff"));
    QVERIFY(!info.settings.empty());
    QCOMPARE(ds::defaultSettings(QStringLiteral("mean-diff")).real(QStringLiteral("blur_sigma")), 4.0);
    QVERIFY_THROWS_EXCEPTION(ds::Error, ds::methodInfo(QStringLiteral("nope")));
  }
};

QTEST_GUILESS_MAIN(TestMethodSettings)
#include "tst_method_settings.moc"
