#include <QtTest>

#include "core/error.h"
#include "core/methods/method_registry.h"
#include "core/methods/method_settings.h"

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
