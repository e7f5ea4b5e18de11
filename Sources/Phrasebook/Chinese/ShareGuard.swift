extension Catalogue {
    /// Chinese texts of an edit refused in a shared copy as it is made: what the contact may not change there.
    static let chineseShareGuard: KeyValuePairs<String, String> = [
        "this is a copy shared with {}: only {}'s roster and participants can be changed in it; ask the organisers to add {}":
            "这是与{1}共享的副本：只能修改{2}的名单和参加人员；{3}请由主办方添加",
        "this is a copy shared with {}: only {}'s roster and participants can be changed in it; ask the organisers to change {}":
            "这是与{1}共享的副本：只能修改{2}的名单和参加人员；{3}请由主办方修改",
        "this is a copy shared with {}: only {}'s roster and participants can be changed in it; ask the organisers to remove {}":
            "这是与{1}共享的副本：只能修改{2}的名单和参加人员；{3}请由主办方删除",
        "“{}” is {} of agenda item “{}”, which only the organisers can change; ask them to give the part to someone else first, then remove them":
            "“{1}”是议程“{3}”的{2}，议程只能由主办方修改；请主办方先把这一角色交给别人，再删除此人",
    ]
}
