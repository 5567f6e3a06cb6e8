// SHA-256 against the FIPS 180-2 test vectors, fed whole and in odd pieces
// (block boundaries are where hand-written hashes go wrong).
#include "cnnlab/core/sha256.h"

#include <QTest>

#include <string>

using cnnlab::core::Sha256;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("abc") << QByteArray(
            "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray(
                                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << QByteArray(
                                         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(
            1000000, 'a') << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        // 55 and 56 bytes: the padding just fits, and just does not, in one block.
        QTest::newRow("55 bytes") << QByteArray(
            55, 'a') << QByteArray("9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
        QTest::newRow("56 bytes") << QByteArray(
            56, 'a') << QByteArray("b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    }

    void vectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        const std::string expected = digest.toStdString();
        QCOMPARE(Sha256::hexOf(message.constData(), std::size_t(message.size())), expected);

        // The same message in pieces of 1, 63, 64 and 65 bytes.
        for (const int piece : {1, 63, 64, 65}) {
            Sha256 hash;
            for (qsizetype at = 0; at < message.size(); at += piece)
                hash.update(
                    message.constData() + at, std::size_t(std::min<qsizetype>(piece, message.size() - at)));
            QCOMPARE(Sha256::toHex(hash.finish()), expected);
        }
    }

    void stringViewOverload()
    {
        Sha256 hash;
        hash.update("a");
        hash.update("bc");
        QCOMPARE(Sha256::toHex(hash.finish()),
            std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_APPLESS_MAIN(TestSha256)
#include "tst_sha256.moc"
