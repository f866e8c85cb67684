import { describe, expect, it } from 'vitest';
import {
  cleanForRecognition,
  findBoilerplateSpans,
  originalSpan,
  repairArtefacts,
} from '../../../loaders/clean/clean.js';
import type { DecodedDocument } from '../../../loaders/decode/decode.js';

const doc = (text: string, format: 'text' | 'html' = 'text'): DecodedDocument => ({
  file: 'x.txt',
  text,
  encoding: 'utf-8',
  format,
});

describe('cleanForRecognition', () => {
  it('keeps the length of the original text when nothing is inserted in it', () => {
    const text = '当前位置:首页 > 珠海产业信息 > 正文内容\n\n頭部季度:完成投資２億元（一期）\n相关文章\n';
    expect(cleanForRecognition(doc(text)).text.length).toBe(text.length);
  });

  it('removes pinyin readings and maps every character back to the original', () => {
    const text = '關(guān)于印發(fā)重點項(xiàng)目計劃';
    const clean = cleanForRecognition(doc(text));
    expect(clean.text).toBe('关于印发重点项目计划');
    const at = clean.text.indexOf('项目');
    const o = originalSpan(clean, at, at + 2);
    expect(text.slice(o.start, o.end)).toBe('項(xiàng)目');
  });

  it('blanks HTML markup, scripts and comments but keeps text at its source offsets', () => {
    const html =
      '<!doctype html><html><head><title>通知</title><script>var a = "珠海";</script></head>' +
      '<body><!-- nav --><div>市财政局&amp;市发展改革局</div><p>完成投资4.19亿元</p></body></html>';
    const cleaned = cleanForRecognition(doc(html, 'html')).text;
    expect(cleaned.length).toBe(html.length);
    const at = html.indexOf('完成投资4.19亿元');
    expect(cleaned.slice(at, at + 10)).toBe('完成投资4.19亿元');
    expect(cleaned).not.toMatch(/<|script|var a|nav/);
    expect(cleaned).toContain('通知');
    expect(cleaned).toContain('市财政局&    市发展改革局'); // &amp; → '&' + 4 spaces
    // block tags leave a line break between the two blocks
    expect(cleaned.slice(cleaned.indexOf('市发展改革局'), at)).toContain('\n');
  });

  it('blanks boilerplate so it yields no facts', () => {
    const text = [
      '当前位置:首页 > 珠海产业信息 > 正文内容',
      'admin7个月前 (09-23)珠海产业信息16',
      '发布日期:2023-01-28  浏览次数:-',
      '  1.推进珠海LNG二期工程,1-5月完成投资7.4亿元。',
      '或微信/手机:13391219793 ',
      '长按/扫一扫加葛毅明的微信号',
      '版权声明:本文由珠海厂房网发布,如需转载请注明出处。',
      'Copyright © 2023 珠海市人民政府',
      '相关文章',
      '各种厂房出租工业用地出让 1000亩工业土地,投资5亿元',
    ].join('\n');
    const cleaned = cleanForRecognition(doc(text)).text;
    expect(cleaned).toContain('推进珠海LNG二期工程,1-5月完成投资7.4亿元');
    for (const gone of [
      '当前位置',
      'admin',
      '浏览次数',
      '13391219793',
      '扫一扫',
      '版权声明',
      'Copyright',
      '相关文章',
      '5亿元',
    ]) {
      expect(cleaned).not.toContain(gone);
    }
    expect(cleaned.split('\n').length).toBe(text.split('\n').length); // line breaks survive
  });

  it('reports boilerplate spans with offsets into the text', () => {
    const text = '正文第一段。\n上一篇:关于印发某方案的通知\n正文';
    const spans = findBoilerplateSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('上一篇:关于印发某方案的通知');
  });

  it('blanks a phone number inside a long line but not the line', () => {
    const body = '项目建设进展顺利,'.repeat(20);
    const text = `${body}咨询电话0756-2123456,${body}`;
    const cleaned = cleanForRecognition(doc(text)).text;
    expect(cleaned).not.toContain('0756-2123456');
    expect(cleaned.startsWith(body)).toBe(true);
  });

  it('repairs the 头部/蕞 word-filter artefacts but not genuine 牵头部门', () => {
    expect(repairArtefacts('头部季度:通过专项债券资金总需求达到400亿元')).toBe(
      '第一季度:通过专项债券资金总需求达到400亿元',
    );
    expect(repairArtefacts('召开专班头部次会议')).toBe('召开专班第一次会议');
    expect(repairArtefacts('全面落实“产业头部”战略')).toBe('全面落实“产业第一”战略');
    expect(repairArtefacts('头部、二季度:成立工作专班')).toBe('第一、二季度:成立工作专班');
    expect(repairArtefacts('高新区蕞新规划')).toBe('高新区最新规划');
    expect(repairArtefacts('组织指标牵头部门召开指标专题会')).toBe('组织指标牵头部门召开指标专题会');
    expect(repairArtefacts('培育行业头部企业')).toBe('培育行业头部企业');
  });

  it('turns traditional characters into simplified ones, one for one', () => {
    const text = '珠海市發展和改革局:計劃投資12.5億元,建設橫琴綜合交通樞紐';
    const cleaned = cleanForRecognition(doc(text)).text;
    expect(cleaned).toBe('珠海市发展和改革局:计划投资12.5亿元,建设横琴综合交通枢纽');
  });

  it('maps full-width digits, letters and parentheses to ASCII', () => {
    expect(cleanForRecognition(doc('珠海ＬＮＧ二期（一期）投资１２．５亿元')).text).toBe(
      '珠海LNG二期(一期)投资12.5亿元',
    );
  });
});
