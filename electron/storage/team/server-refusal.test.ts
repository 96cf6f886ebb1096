import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { sayLocalised } from '../../../shared/ipc/ipc-result';
import { serverRefusal } from './server-refusal';

const az = createTranslator('az');
const ru = createTranslator('ru');

/** What node-postgres gives for a RAISE: the SQLSTATE, the English MESSAGE, and the HINT and DETAIL (schema 50). */
function raised(code: string, message: string, hint?: string, detail?: string): Error {
  return Object.assign(new Error(message), { code, hint, detail });
}

describe('serverRefusal', () => {
  it('reads the key and the values a server at schema 50 gives, not its English', () => {
    const refusal = serverRefusal(raised('42501', 'words the client never reads', 'briefing-desk:approved-by-other', '{"author": "leyla"}'));
    expect(sayLocalised(az, refusal!)).toBe('leyla tərəfindən yazılmış bu brifinq təsdiqlənib; onu yalnız rəyçi dəyişə bilər.');
    expect(sayLocalised(ru, refusal!)).toBe('Этот брифинг автора leyla утверждён; изменить его может только рецензент.');
    const revision = serverRefusal(raised('40001', '…', 'briefing-desk:revision-mismatch', '{"server": 4, "expected": 5}'));
    expect(sayLocalised(ru, revision!)).toBe('На сервере хранится редакция 4 этого брифинга; сохранить можно только редакцию 5.');
  });

  it.each([
    ['Your login belongs to no office on the team server; ask its administrator to add you.', 'Loqininiz komanda serverində heç bir ofisə aid deyil; administratordan sizi əlavə etməsini xahiş edin.', 'Ваш логин не относится ни к одному отделу на сервере команды; попросите администратора добавить вас.'],
    ['Only a reviewer can approve or release a briefing.', 'Brifinqi yalnız rəyçi təsdiqləyə və ya yayımlaya bilər.', 'Утвердить или опубликовать брифинг может только рецензент.'],
    ['A move to or from the Trash cannot change the briefing.', 'Zibil qutusuna atmaq və ya oradan qaytarmaq brifinqi dəyişə bilməz.', 'При перемещении в корзину или из неё брифинг не должен меняться.'],
    ['The server has revision 7 of this briefing; a save must bring revision 8.', 'Serverdə bu brifinqin 7 nömrəli redaksiyası var; saxlanılan dəyişiklik 8 nömrəli redaksiya olmalıdır.', 'На сервере хранится редакция 7 этого брифинга; сохранить можно только редакцию 8.'],
    ['This briefing is in the Trash on the server; restore it before changing it.', 'Bu brifinq serverdə zibil qutusundadır; dəyişməzdən əvvəl onu bərpa edin.', 'Этот брифинг на сервере находится в корзине; восстановите его, прежде чем изменять.'],
    ['A briefing keeps its id.', 'Brifinqin identifikatoru dəyişdirilə bilməz.', 'Идентификатор брифинга изменить нельзя.'],
    ['This briefing by murad is approved; only a reviewer can change it.', 'murad tərəfindən yazılmış bu brifinq təsdiqlənib; onu yalnız rəyçi dəyişə bilər.', 'Этот брифинг автора murad утверждён; изменить его может только рецензент.'],
    ['The history of the team library is append-only.', 'Ümumi kitabxananın tarixçəsinə yalnız əlavə etmək olar.', 'В историю общей библиотеки можно только добавлять записи.'],
    ['Only a reviewer can delete a briefing for ever; an author moves it to the Trash.', 'Brifinqi birdəfəlik yalnız rəyçi silə bilər; müəllif onu yalnız zibil qutusuna ata bilər.', 'Удалить брифинг окончательно может только рецензент; автор может только переместить его в корзину.'],
    ['Only a briefing in the Trash can be deleted for ever.', 'Birdəfəlik yalnız zibil qutusundakı brifinqi silmək olar.', 'Окончательно удалить можно только брифинг из корзины.'],
  ])('knows an older server’s English refusal by its wording: %s', (message, inAz, inRu) => {
    const refusal = serverRefusal(raised('42501', message));
    expect(sayLocalised(az, refusal!)).toBe(inAz);
    expect(sayLocalised(ru, refusal!)).toBe(inRu);
  });

  it('says PostgreSQL’s own refusals by their SQLSTATE, and nothing for an error that is not a refusal', () => {
    expect(sayLocalised(az, serverRefusal(raised('42501', 'permission denied for table briefings'))!)).toBe('Loqininizin komanda serverində bunu etməyə icazəsi yoxdur.');
    expect(sayLocalised(ru, serverRefusal(raised('23514', 'new row violates check constraint "briefings_status_check"'))!)).toBe('Сервер команды отклонил значения этого брифинга при проверке.');
    // A key this version does not know, with English it does not know either: by its SQLSTATE.
    expect(serverRefusal(raised('40001', 'something newer', 'briefing-desk:from-the-future'))?.id).toBe('teamRefusal.changedMeanwhile');
    expect(serverRefusal(raised('ECONNRESET', 'read ECONNRESET'))).toBeUndefined();
    expect(serverRefusal(raised('42501', 'x', 'briefing-desk:approved-by-other', 'not json'))?.values).toEqual({});
  });
});
