#include "core/backbones/torch_weight_file.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QFile>
#include <QtGlobal>
#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "core/backbones/zip_archive.h"
#include "core/error.h"
#include "core/io/regular_file.h"

namespace ds {
namespace {

struct Value;
using Ref = std::shared_ptr<Value>;

// A pickled object, reduced to what a state dict is made of. Shared, because the pickle memo hands out
// the same object again and later opcodes (SETITEMS, APPENDS) mutate it in place.
struct Value {
  enum class Kind { None, Bool, Int, Float, String, Tuple, List, Dict, Global, Storage, Tensor };
  Kind kind = Kind::None;
  int64_t integer = 0;                       // Int, Bool
  double real = 0;                           // Float
  std::string text;                          // String; Global as "module.name"
  std::vector<Ref> items;                    // Tuple, List
  std::vector<std::pair<Ref, Ref>> entries;  // Dict, in insertion order (as OrderedDict keeps them)
  torch::Tensor tensor;                      // Storage (flat), Tensor

  Value() = default;
  Value(const Value&) = delete;
  Value& operator=(const Value&) = delete;
};

// The storage classes torch.save names in persistent ids (the legacy names, also used by PyTorch 2).
bool storageType(const std::string& global, torch::ScalarType* type) {
  static const std::map<std::string, torch::ScalarType> types = {
      {"torch.FloatStorage", torch::kFloat32}, {"torch.DoubleStorage", torch::kFloat64},
      {"torch.HalfStorage", torch::kFloat16},  {"torch.BFloat16Storage", torch::kBFloat16},
      {"torch.LongStorage", torch::kInt64},    {"torch.IntStorage", torch::kInt32},
      {"torch.ShortStorage", torch::kInt16},   {"torch.CharStorage", torch::kInt8},
      {"torch.ByteStorage", torch::kUInt8},    {"torch.BoolStorage", torch::kBool}};
  const auto it = types.find(global);
  if (it == types.end()) return false;
  if (type) *type = it->second;
  return true;
}

// Pickle opcodes (Python's Lib/pickle.py), protocol 2 as torch.save writes it, plus the protocol 4
// framing a re-saved file may use.
enum Op : uint8_t {
  MARK = '(', STOP = '.', BININT = 'J', BININT1 = 'K', BININT2 = 'M', NONE = 'N', BINPERSID = 'Q',
  REDUCE = 'R', BINUNICODE = 'X', APPEND = 'a', BUILD = 'b', GLOBAL = 'c', APPENDS = 'e', BINFLOAT = 'G',
  BINGET = 'h', LONG_BINGET = 'j', BINPUT = 'q', LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't',
  SETITEMS = 'u', EMPTY_DICT = '}', EMPTY_LIST = ']', EMPTY_TUPLE = ')', PROTO = 0x80, TUPLE1 = 0x85,
  TUPLE2 = 0x86, TUPLE3 = 0x87, NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, SHORT_BINUNICODE = 0x8c,
  BINUNICODE8 = 0x8d, STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95
};

constexpr uint64_t kMaxPickleBytes = uint64_t(64) << 20;  // a ResNet-50 state dict's pickle is ~30 KB

// A state dict of 320 tensors (ResNet-50's count) unpickles to ~5 600 objects. The cap keeps a small
// deflated data.pkl of one-byte EMPTY_LIST opcodes from filling gigabytes with objects.
constexpr uint64_t kMaxPickleObjects = uint64_t(1) << 20;

constexpr uint64_t kMaxByteOrderBytes = 16;  // "little" or "big"

// Runs the pickle in data.pkl. Only the globals a state dict needs are known, so a file cannot make
// this run arbitrary code the way Python's pickle would.
class Unpickler {
 public:
  Unpickler(const QString& path, ZipArchive& zip, const uint8_t* data, size_t size, bool swapBytes)
      : path_(path), zip_(zip), data_(data), size_(size), swapBytes_(swapBytes) {}
  Unpickler(const Unpickler&) = delete;
  Unpickler& operator=(const Unpickler&) = delete;
  // The memo lets a pickle put a list or dict inside itself, directly or through others; shared_ptr
  // would never free such a cycle. A nesting a few hundred thousand deep would overflow the stack when
  // freed recursively. Emptying every container here, while containers_ still owns each of them,
  // breaks both: afterwards each object is freed on its own.
  ~Unpickler() {
    for (const Ref& c : containers_) {
      c->items.clear();
      c->entries.clear();
    }
  }

  Ref load() {
    for (;;) {
      const uint8_t op = take(1)[0];
      if (op == STOP) {
        if (stack_.size() != 1) damaged(QStringLiteral("STOP with %1 objects on the stack").arg(stack_.size()));
        return stack_.back();
      }
      if (!(constantOp(op) || containerOp(op) || memoOp(op) || objectOp(op)))
        unsupported(QCoreApplication::translate("TorchWeightFile", "pickle opcode 0x%1").arg(op, 2, 16, QLatin1Char('0')));
    }
  }

 private:
  [[noreturn]] void damaged(const QString& why) const {
    throw Error(QCoreApplication::translate("TorchWeightFile", "%1: the weight file is damaged (%2)").arg(path_, why));
  }
  [[noreturn]] void unsupported(const QString& what) const {
    throw Error(QCoreApplication::translate("TorchWeightFile", "%1: unsupported content in the weight file (%2)").arg(path_, what));
  }

  const uint8_t* take(size_t n) {
    if (n > size_ - pos_) damaged(QStringLiteral("data.pkl ends early"));
    const uint8_t* p = data_ + pos_;
    pos_ += n;
    return p;
  }
  uint64_t littleEndian(int bytes) {
    const uint8_t* p = take(size_t(bytes));
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
  }
  std::string text(uint64_t n) {
    if (n > size_) damaged(QStringLiteral("string longer than data.pkl"));
    return std::string(reinterpret_cast<const char*>(take(size_t(n))), size_t(n));
  }
  std::string line() {
    const void* end = std::memchr(data_ + pos_, '\n', size_ - pos_);
    if (!end) damaged(QStringLiteral("data.pkl ends early"));
    std::string s = text(size_t(static_cast<const uint8_t*>(end) - (data_ + pos_)));
    ++pos_;
    return s;
  }

  void push(Ref v) { stack_.push_back(std::move(v)); }
  Ref pop() {
    if (stack_.size() <= (marks_.empty() ? 0 : marks_.back())) damaged(QStringLiteral("pickle stack underflow"));
    Ref v = std::move(stack_.back());
    stack_.pop_back();
    return v;
  }
  Ref top(Value::Kind kind) const {
    if (stack_.empty() || stack_.back()->kind != kind) damaged(QStringLiteral("pickle stack holds the wrong type"));
    return stack_.back();
  }
  std::vector<Ref> popToMark() {
    if (marks_.empty()) damaged(QStringLiteral("pickle MARK missing"));
    const size_t mark = marks_.back();
    marks_.pop_back();
    std::vector<Ref> items(stack_.begin() + std::ptrdiff_t(mark), stack_.end());
    stack_.resize(mark);
    return items;
  }
  Ref make(Value::Kind kind) {
    if (++objects_ > kMaxPickleObjects)
      unsupported(QCoreApplication::translate("TorchWeightFile", "more than %1 pickled objects").arg(kMaxPickleObjects));
    auto value = std::make_shared<Value>();
    value->kind = kind;
    return value;
  }
  // Containers are kept in containers_ as well as wherever the pickle puts them; see ~Unpickler.
  Ref container(Value::Kind kind) {
    containers_.push_back(make(kind));
    return containers_.back();
  }
  Ref scalar(Value::Kind kind, int64_t integer, double real = 0) {
    Ref v = make(kind);
    v->integer = integer;
    v->real = real;
    return v;
  }
  Ref string(std::string s) {
    Ref v = make(Value::Kind::String);
    v->text = std::move(s);
    return v;
  }

  bool constantOp(uint8_t op) {
    switch (op) {
      case PROTO: take(1); return true;
      case FRAME: take(8); return true;  // a length hint only
      case NONE: push(make(Value::Kind::None)); return true;
      case NEWTRUE: push(scalar(Value::Kind::Bool, 1)); return true;
      case NEWFALSE: push(scalar(Value::Kind::Bool, 0)); return true;
      case BININT: push(scalar(Value::Kind::Int, int32_t(uint32_t(littleEndian(4))))); return true;
      case BININT1: push(scalar(Value::Kind::Int, int64_t(littleEndian(1)))); return true;
      case BININT2: push(scalar(Value::Kind::Int, int64_t(littleEndian(2)))); return true;
      case LONG1: {
        const int n = int(littleEndian(1));
        if (n > 8) unsupported(QCoreApplication::translate("TorchWeightFile", "an integer wider than 64 bits"));
        uint64_t v = n ? littleEndian(n) : 0;
        if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~uint64_t(0) << (8 * n);  // sign-extend
        push(scalar(Value::Kind::Int, int64_t(v)));
        return true;
      }
      case BINFLOAT: {
        const uint8_t* p = take(8);  // big-endian, unlike everything else in a pickle
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits = (bits << 8) | p[i];
        double d;
        std::memcpy(&d, &bits, sizeof d);
        push(scalar(Value::Kind::Float, 0, d));
        return true;
      }
      case SHORT_BINUNICODE: push(string(text(littleEndian(1)))); return true;
      case BINUNICODE: push(string(text(littleEndian(4)))); return true;
      case BINUNICODE8: push(string(text(littleEndian(8)))); return true;
      default: return false;
    }
  }

  bool containerOp(uint8_t op) {
    switch (op) {
      case MARK: marks_.push_back(stack_.size()); return true;
      case EMPTY_DICT: push(container(Value::Kind::Dict)); return true;
      case EMPTY_LIST: push(container(Value::Kind::List)); return true;
      case EMPTY_TUPLE: push(container(Value::Kind::Tuple)); return true;
      case TUPLE: case TUPLE1: case TUPLE2: case TUPLE3: {
        Ref tuple = container(Value::Kind::Tuple);
        if (op == TUPLE) {
          tuple->items = popToMark();
        } else {
          tuple->items.resize(size_t(op - TUPLE1 + 1));
          for (auto it = tuple->items.rbegin(); it != tuple->items.rend(); ++it) *it = pop();
        }
        push(tuple);
        return true;
      }
      case APPEND: { Ref v = pop(); top(Value::Kind::List)->items.push_back(v); return true; }
      case APPENDS: {
        const std::vector<Ref> items = popToMark();
        Ref list = top(Value::Kind::List);
        list->items.insert(list->items.end(), items.begin(), items.end());
        return true;
      }
      case SETITEM: { Ref v = pop(), k = pop(); setItem(*top(Value::Kind::Dict), k, v); return true; }
      case SETITEMS: {
        const std::vector<Ref> items = popToMark();
        if (items.size() % 2) damaged(QStringLiteral("SETITEMS with an odd number of objects"));
        Ref dict = top(Value::Kind::Dict);
        for (size_t i = 0; i < items.size(); i += 2) setItem(*dict, items[i], items[i + 1]);
        return true;
      }
      default: return false;
    }
  }

  void setItem(Value& dict, const Ref& key, const Ref& value) {
    if (key->kind == Value::Kind::String)
      for (auto& entry : dict.entries)
        if (entry.first->kind == Value::Kind::String && entry.first->text == key->text) {
          entry.second = value;
          return;
        }
    dict.entries.emplace_back(key, value);
  }

  bool memoOp(uint8_t op) {
    switch (op) {
      case BINPUT: memo_[littleEndian(1)] = stack_.empty() ? nullptr : stack_.back(); return true;
      case LONG_BINPUT: memo_[littleEndian(4)] = stack_.empty() ? nullptr : stack_.back(); return true;
      case MEMOIZE: memo_[memo_.size()] = stack_.empty() ? nullptr : stack_.back(); return true;
      case BINGET: case LONG_BINGET: {
        const auto it = memo_.find(littleEndian(op == BINGET ? 1 : 4));
        if (it == memo_.end() || !it->second) damaged(QStringLiteral("pickle memo entry missing"));
        push(it->second);
        return true;
      }
      default: return false;
    }
  }

  bool objectOp(uint8_t op) {
    switch (op) {
      case GLOBAL: { const std::string module = line(); push(global(module, line())); return true; }
      case STACK_GLOBAL: {
        Ref name = pop(), module = pop();
        if (name->kind != Value::Kind::String || module->kind != Value::Kind::String)
          damaged(QStringLiteral("STACK_GLOBAL without names"));
        push(global(module->text, name->text));
        return true;
      }
      case BINPERSID: { Ref id = pop(); push(persistentLoad(*id)); return true; }
      case REDUCE: { Ref args = pop(), callable = pop(); push(call(*callable, *args)); return true; }
      case BUILD:
        // Only OrderedDict objects are built: their state is the `_metadata` attribute (per-module
        // state-dict versions), which the tensors do not need.
        pop();
        top(Value::Kind::Dict);
        return true;
      default: return false;
    }
  }

  Ref global(const std::string& module, const std::string& name) {
    const std::string qualified = module + "." + name;
    if (qualified != "collections.OrderedDict" && qualified != "torch._utils._rebuild_tensor_v2" &&
        qualified != "torch._utils._rebuild_parameter" && !storageType(qualified, nullptr))
      unsupported(QCoreApplication::translate("TorchWeightFile", "Python object %1; a state dict saved with torch.save(model.state_dict(), path) is needed")
                      .arg(QString::fromStdString(qualified)));
    Ref v = make(Value::Kind::Global);
    v->text = qualified;
    return v;
  }

  Ref call(const Value& callable, const Value& args) {
    if (callable.kind != Value::Kind::Global || args.kind != Value::Kind::Tuple)
      damaged(QStringLiteral("REDUCE without a callable"));
    if (callable.text == "collections.OrderedDict" && args.items.empty()) return container(Value::Kind::Dict);
    if (callable.text == "torch._utils._rebuild_tensor_v2") return rebuildTensor(args.items);
    if (callable.text == "torch._utils._rebuild_parameter" && !args.items.empty() &&
        args.items[0]->kind == Value::Kind::Tensor)
      return args.items[0];  // (data, requires_grad, hooks): the data is all a frozen network needs
    unsupported(QCoreApplication::translate("TorchWeightFile", "call of %1").arg(QString::fromStdString(callable.text)));
  }

  // ('storage', storage class, key, location, element count) -> the record data/<key>.
  Ref persistentLoad(const Value& id) {
    torch::ScalarType type{};
    if (id.kind != Value::Kind::Tuple || id.items.size() != 5 || id.items[0]->text != "storage" ||
        id.items[1]->kind != Value::Kind::Global || id.items[2]->kind != Value::Kind::String ||
        id.items[4]->kind != Value::Kind::Int)
      unsupported(QCoreApplication::translate("TorchWeightFile", "a persistent id other than a tensor storage"));
    if (!storageType(id.items[1]->text, &type)) unsupported(QString::fromStdString(id.items[1]->text));
    const std::string& key = id.items[2]->text;
    Ref& storage = storages_[key];
    if (!storage) storage = loadStorage(key, type, id.items[4]->integer);
    if (storage->tensor.scalar_type() != type)
      damaged(QStringLiteral("storage %1 used with two types").arg(key.c_str()));
    return storage;
  }

  Ref loadStorage(const std::string& key, torch::ScalarType type, int64_t count) {
    const std::string record = "data/" + key;
    const std::optional<ZipEntry> entry = zip_.record(record);
    if (!entry) damaged(QStringLiteral("record %1 missing").arg(record.c_str()));
    const size_t element = c10::elementSize(type);
    const uint64_t declared = entry->size;
    if (count < 0 || uint64_t(count) > declared / element)
      damaged(QStringLiteral("record %1 is shorter than its tensor").arg(record.c_str()));
    // Checked before the record is read: a deflated record of a few kilobytes may declare gigabytes.
    if (declared != uint64_t(count) * element)
      damaged(QStringLiteral("record %1 holds %2 bytes, its tensor %3").arg(record.c_str()).arg(declared).arg(uint64_t(count) * element));
    Ref v = make(Value::Kind::Storage);
    // Read straight into the tensor's memory: no copy of what may be hundreds of megabytes.
    v->tensor = torch::empty({count}, torch::TensorOptions(type));
    auto* raw = static_cast<char*>(v->tensor.data_ptr());
    zip_.read(*entry, raw);
    if (swapBytes_ && element > 1)
      for (int64_t i = 0; i < count; ++i) std::reverse(raw + i * element, raw + (i + 1) * element);
    return v;
  }

  std::vector<int64_t> ints(const Value& tuple) const {
    if (tuple.kind != Value::Kind::Tuple) damaged(QStringLiteral("tensor shape is not a tuple"));
    std::vector<int64_t> values;
    for (const Ref& item : tuple.items) {
      if (item->kind != Value::Kind::Int || item->integer < 0) damaged(QStringLiteral("bad tensor shape"));
      values.push_back(item->integer);
    }
    return values;
  }

  // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata]).
  Ref rebuildTensor(const std::vector<Ref>& args) {
    if (args.size() < 6 || args[0]->kind != Value::Kind::Storage || args[1]->kind != Value::Kind::Int)
      damaged(QStringLiteral("bad _rebuild_tensor_v2 arguments"));
    const torch::Tensor& flat = args[0]->tensor;
    const int64_t offset = args[1]->integer;
    const std::vector<int64_t> sizes = ints(*args[2]), strides = ints(*args[3]);
    if (sizes.size() != strides.size() || offset < 0) damaged(QStringLiteral("bad tensor layout"));
    // In double so that absurd sizes in a damaged file cannot overflow the check.
    double last = double(offset);
    bool empty = false;
    for (size_t i = 0; i < sizes.size(); ++i) {
      empty = empty || sizes[i] == 0;
      last += double(sizes[i] - 1) * double(strides[i]);
    }
    if (!empty && last >= double(flat.numel())) damaged(QStringLiteral("tensor lies outside its storage"));
    Ref v = make(Value::Kind::Tensor);
    if (empty) {
      v->tensor = torch::empty(sizes, flat.options());
    } else {
      torch::Tensor view = flat.as_strided(sizes, strides, offset);
      // A view of the whole storage keeps it; anything else is copied out so no hidden storage stays.
      const bool whole = offset == 0 && view.is_contiguous() && view.numel() == flat.numel();
      v->tensor = whole ? view : view.clone(at::MemoryFormat::Contiguous);
    }
    if (v->tensor.scalar_type() == torch::kFloat16 || v->tensor.scalar_type() == torch::kBFloat16)
      v->tensor = v->tensor.to(torch::kFloat32);
    return v;
  }

  QString path_;
  ZipArchive& zip_;
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
  bool swapBytes_;
  std::vector<Ref> stack_;
  std::vector<size_t> marks_;
  std::unordered_map<uint64_t, Ref> memo_;
  std::map<std::string, Ref> storages_;
  std::vector<Ref> containers_;
  uint64_t objects_ = 0;
};

const Value* entry(const Value& dict, const char* key) {
  for (const auto& [k, v] : dict.entries)
    if (k->kind == Value::Kind::String && k->text == key) return v.get();
  return nullptr;
}

NamedTensors namedTensors(const Value& root, const QString& path) {
  auto unsupported = [&](const QString& what) {
    return Error(QCoreApplication::translate("TorchWeightFile", "%1: unsupported content in the weight file (%2)").arg(path, what));
  };
  if (root.kind != Value::Kind::Dict) throw unsupported(QCoreApplication::translate("TorchWeightFile", "not a dict of tensors"));
  const Value* dict = &root;
  // Training checkpoints wrap the state dict together with optimizer state, epoch and so on.
  for (const char* wrapper : {"state_dict", "model"})
    if (const Value* inner = entry(root, wrapper); inner && inner->kind == Value::Kind::Dict) {
      dict = inner;
      break;
    }
  NamedTensors tensors;
  for (const auto& [key, value] : dict->entries) {
    if (key->kind != Value::Kind::String) throw unsupported(QCoreApplication::translate("TorchWeightFile", "a key that is not a string"));
    if (value->kind != Value::Kind::Tensor)
      throw unsupported(QCoreApplication::translate("TorchWeightFile", "entry \"%1\" is not a tensor").arg(QString::fromStdString(key->text)));
    tensors.emplace_back(key->text, value->tensor);
  }
  return tensors;
}

}  // namespace

NamedTensors readTorchWeightFile(const QString& path) {
  QFile file(path);
  if (const QString problem = openRegularFile(file); !problem.isEmpty())
    throw Error(QCoreApplication::translate("TorchWeightFile", "%1: cannot open the weight file (%2)").arg(path, problem));
  const QByteArray head = file.read(2);
  file.close();
  if (head.startsWith('\x80'))
    throw Error(QCoreApplication::translate("TorchWeightFile", "%1: the weight file is in PyTorch's legacy format; load it in Python and save it again "
                   "with torch.save (PyTorch 1.6 or newer)")
                    .arg(path));
  if (head != "PK") throw Error(QCoreApplication::translate("TorchWeightFile", "%1: not a PyTorch weight file (not a zip archive)").arg(path));
  ZipArchive zip(path);
  const std::optional<ZipEntry> pickleEntry = zip.record("data.pkl");
  if (!pickleEntry) throw Error(QCoreApplication::translate("TorchWeightFile", "%1: not a PyTorch weight file (no data.pkl)").arg(path));
  if (pickleEntry->size > kMaxPickleBytes)
    throw Error(QCoreApplication::translate("TorchWeightFile", "%1: the weight file's data.pkl is %2 MB; at most %3 MB are read")
                    .arg(path)
                    .arg(pickleEntry->size >> 20)
                    .arg(kMaxPickleBytes >> 20));
  bool storedBigEndian = false;
  if (const std::optional<ZipEntry> order = zip.record("byteorder")) {  // written by PyTorch >= 2.1; older files are little-endian
    if (order->size > kMaxByteOrderBytes)
      throw Error(QCoreApplication::translate("TorchWeightFile", "%1: the weight file is truncated or damaged (%2)").arg(path, QStringLiteral("bad byteorder record")));
    std::string text(order->size, '\0');
    zip.read(*order, text.data());
    storedBigEndian = text == "big";
  }
  std::vector<uint8_t> pickle(pickleEntry->size);
  zip.read(*pickleEntry, reinterpret_cast<char*>(pickle.data()));
  Unpickler unpickler(path, zip, pickle.data(), pickle.size(), storedBigEndian != (Q_BYTE_ORDER == Q_BIG_ENDIAN));
  try {
    return namedTensors(*unpickler.load(), path);
  } catch (const c10::Error& e) {
    // A layout LibTorch refuses (the unpickler checks bounds; this is the last line of defence).
    throw Error(QCoreApplication::translate("TorchWeightFile", "%1: the weight file is truncated or damaged (%2)")
                    .arg(path, QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
  }
}

}  // namespace ds
