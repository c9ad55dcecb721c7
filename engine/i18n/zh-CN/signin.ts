/** 简体中文：Web Chat 登录（OpenID Connect）、退出、演示参数的拒绝提示。 */
export const signin = {
  signin: {
    signOut: '退出登录',
    signedOut: '您已退出登录。',
    confirmSignOut: '要退出对账助手的登录吗？',
    signInAgain: '重新登录',
    userParamRefused: '“?user=”参数只能在本机演示模式下使用（匿名、仅监听本机、未配置登录）。',
    unreachable: '暂时无法连接身份认证服务，请稍后再试。',
    refused: '登录未完成：身份认证服务拒绝了请求，或其返回的信息无法验证。',
    noClaim: '登录未完成：身份认证服务没有提供账号标识（{claim}），请联系管理员。',
    badClaim: '登录未完成：身份认证服务提供的账号标识（{claim}）无法使用（超过 128 个字符、首尾有空白或不可见字符、或含控制字符），请联系管理员。',
    flowLost: '登录已超时，或不是从本页面发起的，请重新登录。',
    start: {
      signIn: '在浏览器中打开 Web Chat：{url}/（通过 {issuer} 登录）',
      portal: 'Web Chat 由行内门户嵌入：门户服务器用 DIRECTLINE_SECRET 换取绑定用户的令牌；本服务不提供 / 页面。',
      guest: '在浏览器中打开 Web Chat：{url}/（访客身份；“?user=”只在本机演示模式下有效）',
    },
  },
};
