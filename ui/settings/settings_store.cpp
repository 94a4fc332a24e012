#include "ui/settings/settings_store.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSettings>
#include <QThreadPool>
#include <vector>

namespace ds::ui {
namespace {

// One application's settings as QSettings(organization, application) holds them.
struct Scope {
  QString organization, application;
  QHash<QString, QVariant> values;
  QSet<QString> unwritten;  // stored since the last write began
};

class Store {
 public:
  Store() {
    writer_.setMaxThreadCount(1);  // one writer: the writes land in the order they were stored
    qAddPostRoutine(waitForStoredSettings);
  }

  QVariant value(const QString& application, const QString& key, const QVariant& fallback) {
    const QMutexLocker lock(&mutex_);
    const Scope& scope = loaded(application);
    const auto it = scope.values.constFind(key);
    return it == scope.values.constEnd() ? fallback : *it;
  }

  void store(const QString& application, const QString& key, const QVariant& value) {
    const QMutexLocker lock(&mutex_);
    Scope& scope = loaded(application);
    scope.values.insert(key, value);
    scope.unwritten.insert(key);
    if (writeQueued_) return;  // the queued write takes this value too
    writeQueued_ = true;
    writer_.start([this] { write(); });
  }

  void wait() { writer_.waitForDone(); }

  void clear() {
    wait();
    const QMutexLocker lock(&mutex_);
    Scope& scope = loaded(QString());
    QSettings settings(scope.organization, scope.application);
    settings.clear();
    settings.sync();
    scope.values.clear();
    scope.unwritten.clear();
  }

 private:
  // QSettings()'s own choice of names; an application named by the caller shares the organisation.
  Scope& loaded(const QString& application) {
    const QString organization =
        QCoreApplication::organizationName().isEmpty() ? QCoreApplication::organizationDomain() : QCoreApplication::organizationName();
    const QString name = application.isEmpty() ? QCoreApplication::applicationName() : application;
    const QString id = organization + QLatin1Char('\n') + name;
    auto it = scopes_.find(id);
    if (it == scopes_.end()) {
      Scope scope{organization, name, {}, {}};
      const QSettings settings(organization, name);
      for (const QString& key : settings.allKeys()) scope.values.insert(key, settings.value(key));
      it = scopes_.insert(id, scope);
    }
    return *it;
  }

  // On the writer thread: every value stored since the last write, in one sync per application.
  void write() {
    std::vector<Scope> batch;
    {
      const QMutexLocker lock(&mutex_);
      writeQueued_ = false;
      for (Scope& scope : scopes_) {
        if (scope.unwritten.isEmpty()) continue;
        Scope changed{scope.organization, scope.application, {}, {}};
        for (const QString& key : scope.unwritten) changed.values.insert(key, scope.values.value(key));
        scope.unwritten.clear();
        batch.push_back(std::move(changed));
      }
    }
    for (const Scope& scope : batch) {
      QSettings settings(scope.organization, scope.application);
      for (auto it = scope.values.cbegin(); it != scope.values.cend(); ++it) settings.setValue(it.key(), it.value());
      settings.sync();
      if (settings.status() != QSettings::NoError) qWarning("Cannot write the settings file %s", qPrintable(settings.fileName()));
    }
  }

  QMutex mutex_;
  QHash<QString, Scope> scopes_;
  bool writeQueued_ = false;
  QThreadPool writer_;
};

Store& store() {
  static Store instance;
  return instance;
}

}  // namespace

QVariant setting(const QString& key, const QVariant& fallback, const QString& application) {
  return store().value(application, key, fallback);
}

void storeSetting(const QString& key, const QVariant& value, const QString& application) { store().store(application, key, value); }

void waitForStoredSettings() { store().wait(); }

void clearSettings() { store().clear(); }

}  // namespace ds::ui
