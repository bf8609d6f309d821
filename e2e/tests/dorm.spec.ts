import { expect, test } from '@playwright/test';
import { DormDoorPage } from '../pages/dorm-door.page';
import { SignInPage } from '../pages/sign-in.page';

// PRV-4 on a phone at the dormitory door of a boarding school (the demo's 谢家湾小学): the head picks the
// person from the staff register; a cleaner is refused (and the attempt is on record), a head teacher's
// dorm check is registered; the entries list shows both as cards below 600 px.
test.use({ viewport: { width: 390, height: 844 } });

test('PRV-4: a dormitory entry refused for a cleaner and registered for a head teacher', async ({ page }) => {
  await new SignInPage(page).signInAs('head.primary');
  const door = new DormDoorPage(page);
  await door.open();
  await door.expectNoHorizontalScroll();

  await door.choose('周秀兰');
  const refused = await door.enter('其他事由');
  await expect(refused).toContainText('不得进入');
  await expect(refused).toContainText('周秀兰（保洁员）不是宿舍管理人员');
  await expect(refused).toContainText('本次尝试已记录');

  await door.choose('李春燕');
  const registered = await door.enter('班主任查寝');
  await expect(registered).toContainText('已登记班主任查寝：李春燕');
  await expect(door.inside().filter({ hasText: '李春燕' })).toHaveCount(1);
  await expect(await door.leave()).toContainText('已登记离开：李春燕');
  await expect(door.inside().filter({ hasText: '李春燕' })).toHaveCount(0);

  await door.openEntries();
  await door.expectNoHorizontalScroll();
  const [latest, refusal] = [door.entries().nth(0), door.entries().nth(1)];
  await expect(latest).toContainText('李春燕');
  await expect(latest).toContainText('查寝登记');
  await expect(refusal).toContainText('周秀兰');
  await expect(refusal).toContainText('拒绝进入 · 非宿舍管理人员');
});
