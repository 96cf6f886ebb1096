import { describe, expect, it } from 'vitest';
import { english } from '../../../shared/i18n/english';
import { createTranslator } from '../../../shared/i18n/translator';
import { sayLocalised } from '../../../shared/ipc/ipc-result';
import { connectionReason, serverAnswer } from './connection-reason';

const az = createTranslator('az');
const ru = createTranslator('ru');

/** What node:net, node:tls and node-postgres throw: an Error with a `code` and English text of its own. */
function failure(code: string | undefined, message = `${code ?? 'no code'}: the network's own English words`): Error {
  return code === undefined ? new Error(message) : Object.assign(new Error(message), { code });
}

describe('connectionReason', () => {
  it.each([
    ['ECONNREFUSED', 'nothing answers at that address; check the address, or ask the server’s administrator whether PostgreSQL is running', 'bu ünvanda heç nə cavab vermir; ünvanı yoxlayın və ya serverin administratorundan PostgreSQL-in işlədiyini soruşun', 'по этому адресу никто не отвечает; проверьте адрес или спросите администратора сервера, запущен ли PostgreSQL'],
    ['ETIMEDOUT', 'the server did not answer in time; check the network connection and try again', 'server vaxtında cavab vermədi; şəbəkə bağlantısını yoxlayıb yenidən cəhd edin', 'сервер не ответил вовремя; проверьте подключение к сети и повторите попытку'],
    ['ENOTFOUND', 'no server of that name was found; check the address', 'bu adda server tapılmadı; ünvanı yoxlayın', 'сервер с таким именем не найден; проверьте адрес'],
    ['EAI_AGAIN', 'the server’s name could not be looked up; check the network connection', 'serverin adını müəyyən etmək mümkün olmadı; şəbəkə bağlantısını yoxlayın', 'не удалось определить адрес сервера по имени; проверьте подключение к сети'],
    ['ECONNRESET', 'the connection was broken off; try again in a moment', 'bağlantı kəsildi; bir azdan yenidən cəhd edin', 'соединение было разорвано; повторите попытку чуть позже'],
    ['EHOSTUNREACH', 'the network cannot reach the server; check the network connection', 'şəbəkə serverə çatmır; şəbəkə bağlantısını yoxlayın', 'сеть не может связаться с сервером; проверьте подключение к сети'],
    ['57P01', 'the server is shutting down or starting up; try again in a few minutes', 'server dayanır və ya işə düşür; bir neçə dəqiqədən sonra yenidən cəhd edin', 'сервер останавливается или запускается; повторите попытку через несколько минут'],
    ['57P03', 'the server is shutting down or starting up; try again in a few minutes', 'server dayanır və ya işə düşür; bir neçə dəqiqədən sonra yenidən cəhd edin', 'сервер останавливается или запускается; повторите попытку через несколько минут'],
    ['53300', 'the server has too many connections open; try again in a few minutes or ask its administrator', 'serverdə həddən çox bağlantı açıqdır; bir neçə dəqiqədən sonra yenidən cəhd edin və ya administratora müraciət edin', 'на сервере открыто слишком много соединений; повторите попытку через несколько минут или обратитесь к администратору'],
  ])('says %s in English, Azerbaijani and Russian, with what to do', (code, en, inAz, inRu) => {
    const reason = connectionReason(failure(code));
    expect(sayLocalised(english, reason)).toBe(en);
    expect(sayLocalised(az, reason)).toBe(inAz);
    expect(sayLocalised(ru, reason)).toBe(inRu);
  });

  it('knows node-postgres’s own ends of a connection, which have no code', () => {
    expect(connectionReason(failure(undefined, 'Connection terminated unexpectedly')).id).toBe('teamNetwork.reset');
    expect(connectionReason(failure(undefined, 'Connection terminated due to connection timeout')).id).toBe('teamNetwork.timedOut');
  });

  it('names an unknown code in a generic clause, and an error without one as a failed connection, never in its English', () => {
    expect(sayLocalised(az, connectionReason(failure('EPROTO')))).toBe('bağlantı alınmadı (xəta EPROTO)');
    expect(sayLocalised(ru, connectionReason(failure('EPROTO')))).toBe('не удалось установить соединение (ошибка EPROTO)');
    expect(sayLocalised(az, connectionReason(failure(undefined, 'getaddrinfo went sideways')))).toBe('bağlantı alınmadı');
    expect(sayLocalised(ru, connectionReason('a string'))).toBe('не удалось установить соединение');
  });
});

describe('serverAnswer', () => {
  it.each([
    ['28P01', 'Server bu istifadəçi adını və parolu qəbul etmədi.', 'Сервер не принял это имя пользователя и пароль.'],
    ['28000', 'Server bu istifadəçi adını və parolu qəbul etmədi.', 'Сервер не принял это имя пользователя и пароль.'],
    ['3D000', 'Serverdə bu adda verilənlər bazası yoxdur.', 'На сервере нет базы данных с таким именем.'],
    ['CERT_HAS_EXPIRED', 'Serverin sertifikatının müddəti bitib; onu yeniləmək üçün serverin administratoruna müraciət edin.', 'Истёк срок действия сертификата сервера; обратитесь к администратору сервера, чтобы он обновил сертификат.'],
    ['CERT_NOT_YET_VALID', 'Serverin sertifikatı hələ qüvvədə deyil; bu kompüterin tarixini və vaxtını yoxlayın.', 'Сертификат сервера ещё не действителен; проверьте дату и время на этом компьютере.'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'Serverin sertifikatı ünvandakı addan fərqli ad üçün verilib; sertifikatda göstərilən addan istifadə edin.', 'Сертификат сервера выдан на имя, отличное от указанного в адресе; укажите в адресе имя из сертификата.'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'Serverin sertifikatını yoxlamaq mümkün olmadı; ünvanda sslrootcert=FAYL ilə onu verən mərkəzi göstərin.', 'Не удалось проверить сертификат сервера; укажите его удостоверяющий центр в адресе: sslrootcert=ФАЙЛ.'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'Serverin sertifikatını yoxlamaq mümkün olmadı; ünvanda sslrootcert=FAYL ilə onu verən mərkəzi göstərin.', 'Не удалось проверить сертификат сервера; укажите его удостоверяющий центр в адресе: sslrootcert=ФАЙЛ.'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'Serverin sertifikatını yoxlamaq mümkün olmadı; ünvanda sslrootcert=FAYL ilə onu verən mərkəzi göstərin.', 'Не удалось проверить сертификат сервера; укажите его удостоверяющий центр в адресе: sslrootcert=ФАЙЛ.'],
  ])('says %s as one sentence of what to do', (code, inAz, inRu) => {
    const answer = serverAnswer(failure(code));
    expect(answer).toBeDefined();
    expect(sayLocalised(az, answer!)).toBe(inAz);
    expect(sayLocalised(ru, answer!)).toBe(inRu);
  });

  it('leaves a network failure to connectionReason', () => {
    expect(serverAnswer(failure('ECONNREFUSED'))).toBeUndefined();
    expect(serverAnswer(failure('57P01'))).toBeUndefined();
  });
});
