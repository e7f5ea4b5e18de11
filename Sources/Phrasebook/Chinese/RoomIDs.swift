extension Catalogue {
    /// Chinese texts of rooms by id, ids never reused and the plan's identity (issue 13).
    static let chineseRoomIDs: KeyValuePairs<String, String> = [
        // The record kind.
        "a room": "场地",
        "{} rooms": "{1} 个场地",
        // Edits refused by the book.
        "the room {} is used by {}: {}; give them another room or none first":
            "场地“{1}”正由{2}使用：{3}；请先为这些议程另选场地或不设场地",
        "'{}' has no venue, so its items have no rooms; choose the venue first":
            "“{1}”尚未设定场馆，其议程不能指定场地；请先选定场馆",
        "{} has no rooms; add the room to the venue first": "{1}没有场地；请先在场馆中添加该场地",
        "remove room {}": "删除场地“{1}”",
        "{} lose their room, which the new venue does not have: {}": "{1}将不再设场地（新场馆没有原来的场地）：{2}",
        "'{}' ({})": "“{1}”（{2}）",
        // Loading a file.
        "'{}' is not a room of the event's venue": "“{1}”不是该活动场馆中的场地",
        "{}: at {}: the item {} is in the room '{}', which {} does not have (its rooms: {}). Give the item one of these rooms or none, or add the room to the venue. {}":
            "{1}：{2} 处：议程{3}的场地为“{4}”，但{5}没有这个场地（现有场地：{6}）。请为该议程改选其中一个场地或不设场地，或在场馆中添加该场地。{7}",
        "{}: at {}: the item {} is in the room '{}', but {} has no rooms. Add the room to the venue, or remove the item's room. {}":
            "{1}：{2} 处：议程{3}的场地为“{4}”，但{5}没有任何场地。请在场馆中添加该场地，或去掉该议程的场地。{6}",
        "{}: at {}: the item {} is in the room '{}', but its event has no venue. Give the event the venue that has this room, or remove the item's room. {}":
            "{1}：{2} 处：议程{3}的场地为“{4}”，但其所属活动没有场馆。请为该活动设定包含此场地的场馆，或去掉该议程的场地。{5}",
        // The planner.
        "Delete the room {}? It is taken off {}: {}.  y/n": "删除场地“{1}”？将同时从{2}中去掉该场地：{3}。  y/n",
        // The command line.
        "Add, rename or remove one room of a venue.": "添加、重命名或删除场馆中的一个场地。",
        "Add a room to a venue; prints its id.": "为场馆添加场地；输出其编号。",
        "The new room's name.": "新场地的名称。",
        "Rename a room or change its capacity; its items follow.": "重命名场地或修改其容量；使用该场地的议程随之更新。",
        "Room id or name.": "场地的编号或名称。",
        "The room's new name.": "场地的新名称。",
        "Remove a room no item uses (the refusal names those that do).": "删除没有议程使用的场地（若有议程使用，会列出这些议程）。",
        "The room's exact id or full name.": "场地确切的编号或完整名称。",
        "removed room {} ({})": "已删除场地 {1}（{2}）",
    ]
}
